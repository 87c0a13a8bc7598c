package org.ddc.report.model;

import java.util.List;

/**
 * A table: a header row and rows. The job aids keep the guide's layout (Table A-1: one column per workload and a
 * Total, the guide's row labels verbatim down the first column).
 *
 * @param id      short id, unique in the report and safe as a file or sheet name ("A-1", "placement")
 * @param title   the caption ("Table A-1. Resource Requirements")
 * @param source  where a reader finds the table or the rule behind it ("Dynamic Datacenter guide, Appendix A,
 *                Table A-1 (L537)")
 * @param columns the header cells, the corner cell first (may be "")
 * @param units   per column, the unit of that column's numbers when the whole column has one, else null (same
 *                size as {@code columns}); spreadsheets put it in the header
 * @param rows    the rows
 * @param notes   remarks under the table (what a derivation assumed, why a value is missing)
 */
public record Table(String id, String title, String source, List<String> columns, List<String> units, List<Row> rows,
		List<String> notes) implements Block {
	public Table {
		columns = List.copyOf(columns);
		units = units == null ? java.util.Collections.nCopies(columns.size(), null)
				: java.util.Collections.unmodifiableList(new java.util.ArrayList<>(units));
		rows = List.copyOf(rows);
		notes = List.copyOf(notes);
		if (units.size() != columns.size()) {
			throw new IllegalArgumentException("one unit (or null) per column: " + id);
		}
		for (Row row : rows) {
			if (row.cells().size() != columns.size()) {
				throw new IllegalArgumentException(
						"table " + id + ": row '" + row.label() + "' has " + row.cells().size() + " cells for "
								+ columns.size() + " columns");
			}
		}
	}

	/** The row with the given label (first match), or null. */
	public Row row(String label) {
		return rows.stream().filter(r -> r.label().equals(label)).findFirst().orElse(null);
	}
}
