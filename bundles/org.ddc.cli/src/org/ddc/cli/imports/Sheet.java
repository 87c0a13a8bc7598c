package org.ddc.cli.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A table as read from a CSV file or one sheet of a workbook: its non-empty cells by row and column, and the name the
 * messages give it.
 */
final class Sheet {
	private final String name;
	private final Map<Integer, Map<Integer, SheetCell>> rows = new TreeMap<>();

	Sheet(String name) {
		this.name = name;
	}

	/** "a1.csv", or "a1.xlsx!A-1". */
	String name() {
		return name;
	}

	void add(SheetCell cell) {
		if (!cell.text().isEmpty() || cell.number() != null) {
			rows.computeIfAbsent(cell.row(), r -> new TreeMap<>()).put(cell.column(), cell);
		}
	}

	/** The cell at a row and column, or null when it is empty. */
	SheetCell cell(int row, int column) {
		Map<Integer, SheetCell> cells = rows.get(row);
		return cells == null ? null : cells.get(column);
	}

	/** The rows that have a non-empty cell, in order. */
	List<Integer> rows() {
		return new ArrayList<>(rows.keySet());
	}

	/** The non-empty cells of a row, left to right. */
	List<SheetCell> row(int row) {
		Map<Integer, SheetCell> cells = rows.get(row);
		return cells == null ? List.of() : new ArrayList<>(cells.values());
	}

	/** The non-empty cells of a column, top to bottom. */
	List<SheetCell> column(int column) {
		List<SheetCell> cells = new ArrayList<>();
		for (Map<Integer, SheetCell> row : rows.values()) {
			SheetCell cell = row.get(column);
			if (cell != null) {
				cells.add(cell);
			}
		}
		return cells;
	}
}
