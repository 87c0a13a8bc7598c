package org.ddc.report.write;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ddc.report.model.Cell;
import org.ddc.report.model.Row;
import org.ddc.report.model.Table;

/**
 * Why cells of a table are empty, numbered in reading order: an empty cell shows "—" and the number of its reason
 * ("—¹"), and the reasons are listed under the table, so they are there on paper too, not only in a tooltip. Each
 * distinct reason is listed once, however many cells share it.
 */
final class EmptyReasons {
	/** The mark an empty cell shows. */
	static final String DASH = "—";

	private final Map<String, Integer> numbers = new LinkedHashMap<>();

	EmptyReasons(Table table) {
		for (Row row : table.rows()) {
			for (Cell cell : row.cells()) {
				if (cell instanceof Cell.Empty empty && hasReason(empty)) {
					numbers.putIfAbsent(empty.reason().strip(), numbers.size() + 1);
				}
			}
		}
	}

	private static boolean hasReason(Cell.Empty empty) {
		return empty.reason() != null && !empty.reason().isBlank();
	}

	/** The reason's number, or 0 when the cell gives none. */
	int number(Cell.Empty empty) {
		return hasReason(empty) ? numbers.get(empty.reason().strip()) : 0;
	}

	/** "—¹", or "—" for a cell without a reason. */
	String mark(Cell.Empty empty) {
		int number = number(empty);
		return number == 0 ? DASH : DASH + Texts.superscript(number);
	}

	/** The legend lines, "—¹ not stated in the design", in number order. */
	List<String> legend() {
		List<String> lines = new ArrayList<>();
		numbers.forEach((reason, number) -> lines.add(DASH + Texts.superscript(number) + " " + reason));
		return lines;
	}
}
