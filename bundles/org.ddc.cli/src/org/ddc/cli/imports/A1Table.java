package org.ddc.cli.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Table A-1 found in a sheet, in either layout: the guide's (L537–L542: row labels down the first column, one column
 * per workload, a "Total" column that is ignored) or one workload per row under a header row of the same labels (as
 * inventory tools export). Each workload is the cells of its column or row by Table A-1 row.
 */
final class A1Table {
	/** The guide's placeholder column headers: "Workload 1", "Workload N". */
	private static final Pattern PLACEHOLDER = Pattern.compile("workload\\s*(\\d+|n)", Pattern.CASE_INSENSITIVE);

	/** One workload's cells; {@code header} is its column's header cell in the guide layout (or null). */
	record Workload(SheetCell header, Map<A1Row, SheetCell> cells) {
		/** The first cell of the workload, for messages about the workload as a whole. */
		SheetCell first() {
			return header != null ? header : cells.values().iterator().next();
		}
	}

	final boolean guideLayout;
	final List<Workload> workloads = new ArrayList<>();
	/** Each row's label (guide layout) or column's header (one workload per row), which may name a unit. */
	private final Map<A1Row, SheetCell> labels = new EnumMap<>(A1Row.class);
	/** Labels that are not Table A-1's: their rows or columns are not imported. */
	final List<SheetCell> ignored = new ArrayList<>();
	final List<Problem> problems = new ArrayList<>();

	private A1Table(boolean guideLayout) {
		this.guideLayout = guideLayout;
	}

	/**
	 * Finds Table A-1 in the first of the sheets that holds it (a workbook's sheets, the one named like Table A-1
	 * first).
	 *
	 * @throws TableException when none does
	 */
	static A1Table of(List<Sheet> sheets) throws TableException {
		List<String> tried = new ArrayList<>();
		for (Sheet sheet : sheets) {
			try {
				return of(sheet);
			} catch (TableException e) {
				tried.add(sheet.name());
			}
		}
		throw new TableException(String.join(", ", tried) + ": no Table A-1 in "
				+ (tried.size() == 1 ? "this sheet" : "these sheets") + ": neither the first column nor a row holds its "
				+ "labels (" + A1Row.APPLICATION.label + ", " + A1Row.MEMORY.label + ", " + A1Row.CPU.label + ", …)");
	}

	/**
	 * Finds Table A-1 in a sheet: the layout with more of its labels (at least two) in the first column or in one row.
	 *
	 * @throws TableException when neither has two of them
	 */
	static A1Table of(Sheet sheet) throws TableException {
		int down = labels(sheet.column(0));
		int headerRow = -1;
		int across = 0;
		for (int row : sheet.rows()) {
			int labels = labels(sheet.row(row));
			if (labels >= 2) {
				headerRow = row;
				across = labels;
				break;
			}
		}
		if (down >= 2 && down >= across) {
			A1Table table = new A1Table(true);
			table.readColumns(sheet);
			return table;
		}
		if (across >= 2) {
			A1Table table = new A1Table(false);
			table.readRows(sheet, headerRow);
			return table;
		}
		throw new TableException(sheet.name() + ": no Table A-1 here: neither the first column nor a row holds its "
				+ "labels (" + A1Row.APPLICATION.label + ", " + A1Row.MEMORY.label + ", " + A1Row.CPU.label + ", …)");
	}

	/** How many different Table A-1 labels the cells hold. */
	private static int labels(List<SheetCell> cells) {
		return (int) cells.stream().map(c -> A1Row.of(c.text())).filter(l -> l != null).map(A1Row.Label::row)
				.distinct().count();
	}

	/** The guide's layout: labels down column 0, one workload per column. */
	private void readColumns(Sheet sheet) {
		Map<Integer, A1Row> rowOf = new LinkedHashMap<>();
		int firstLabelRow = Integer.MAX_VALUE;
		for (SheetCell label : sheet.column(0)) {
			A1Row.Label known = A1Row.of(label.text());
			if (known == null) {
				// a row with values that is not one of the table's; a note or legend under the table is no row
				if (label.row() > firstLabelRow && sheet.row(label.row()).size() > 1) {
					ignored.add(label);
				}
				continue;
			}
			if (!label(known, label)) {
				continue;
			}
			rowOf.put(label.row(), known.row());
			firstLabelRow = Math.min(firstLabelRow, label.row());
		}
		int headerRow = -1;
		for (int row : sheet.rows()) {
			if (row < firstLabelRow) {
				headerRow = row; // the last non-empty row above the labels: "Resource | Workload 1 | …"
			}
		}
		java.util.SortedSet<Integer> columns = new java.util.TreeSet<>();
		rowOf.keySet().forEach(row -> sheet.row(row).forEach(c -> columns.add(c.column())));
		columns.remove(0);
		for (int column : columns) {
			SheetCell header = headerRow < 0 ? null : sheet.cell(headerRow, column);
			if (header != null && isTotal(header.text())) {
				continue;
			}
			Map<A1Row, SheetCell> cells = cells(rowOf, row -> sheet.cell(row, column));
			if (!cells.isEmpty()) {
				workloads.add(new Workload(header == null || PLACEHOLDER.matcher(header.text()).matches() ? null : header,
						cells));
			}
		}
	}

	/** One workload per row, under a header row of labels. */
	private void readRows(Sheet sheet, int headerRow) {
		Map<Integer, A1Row> columnOf = new LinkedHashMap<>();
		for (SheetCell label : sheet.row(headerRow)) {
			A1Row.Label known = A1Row.of(label.text());
			if (known == null) {
				ignored.add(label);
			} else if (label(known, label)) {
				columnOf.put(label.column(), known.row());
			}
		}
		for (int row : sheet.rows()) {
			if (row <= headerRow) {
				continue;
			}
			Map<A1Row, SheetCell> cells = cells(columnOf, column -> sheet.cell(row, column));
			SheetCell first = sheet.row(row).get(0);
			if (!cells.isEmpty() && !isTotal(first.text())) {
				workloads.add(new Workload(null, cells));
			}
		}
	}

	/** A workload's non-empty cells: for each labelled row (or column), the cell there. */
	private static Map<A1Row, SheetCell> cells(Map<Integer, A1Row> labelled, java.util.function.IntFunction<SheetCell> at) {
		Map<A1Row, SheetCell> cells = new EnumMap<>(A1Row.class);
		labelled.forEach((line, row) -> {
			SheetCell cell = at.apply(line);
			if (cell != null) {
				cells.put(row, cell);
			}
		});
		return cells;
	}

	/** Records a label; false (with a problem) when the row was labelled before. */
	private boolean label(A1Row.Label known, SheetCell cell) {
		SheetCell earlier = labels.get(known.row());
		if (earlier != null) {
			problems.add(new Problem(cell, "'" + cell.text() + "' labels the same Table A-1 row as '" + earlier.text()
					+ "' at " + earlier.position() + ": keep one of them"));
			return false;
		}
		labels.put(known.row(), cell);
		return true;
	}

	/** The label cell of a row (guide layout) or column (one workload per row). */
	SheetCell label(A1Row row) {
		return labels.get(row);
	}

	/** The unit the label names ("Memory (GB)": GB), or null. */
	String unit(A1Row row) {
		SheetCell label = labels.get(row);
		return label == null ? null : A1Row.of(label.text()).unit();
	}

	private static boolean isTotal(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("\\s*\\(.*\\)$", "").strip().equals("total");
	}
}
