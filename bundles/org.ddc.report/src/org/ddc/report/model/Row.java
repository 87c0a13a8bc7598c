package org.ddc.report.model;

import java.util.List;

/**
 * A row of a table. In the job aids the first cell is the row label — the guide's own label, verbatim, for the
 * guide's rows.
 *
 * @param cells the cells, as many as the table has columns
 * @param kind  where the row comes from
 * @param unit  the unit of the row's numbers when the row has one (A-1 "Memory": "GB"), else null; spreadsheets put
 *              it in the label ("Memory (GB)")
 */
public record Row(List<Cell> cells, Kind kind, String unit) {
	public Row {
		cells = List.copyOf(cells);
	}

	/** Where a row comes from. */
	public enum Kind {
		/** A row of the guide's job aid, label verbatim. */
		GUIDE,
		/** A row ddc adds (a total with peak buffer and growth, the fault-tolerance extras, port capacity). */
		DERIVED,
		/** A total over the rows above. */
		TOTAL,
		/** A detail line under a row (the per-role breakdown of a Table A-4 count). */
		DETAIL
	}

	/** The first cell's text: the row's label. */
	public String label() {
		return cells.isEmpty() ? "" : cells.get(0).text();
	}
}
