package org.ddc.report.write;

import org.ddc.report.model.Row;
import org.ddc.report.model.Table;

/**
 * Rows ddc adds to one of the guide's tables are marked (HTML: a "ddc" tag, Markdown: "(ddc)", XLSX: italics) and
 * the mark explained under the table. A table that has no row of the guide's is ddc's own throughout: its rows are
 * not marked one by one.
 */
final class DerivedRows {
	/** What the mark means. */
	static final String NOTE = "a row ddc derives; the guide's table has no such row";

	private DerivedRows() {
	}

	/** The table mixes the guide's rows with derived ones, so the derived ones are marked. */
	static boolean marked(Table table) {
		return table.rows().stream().anyMatch(r -> r.kind() == Row.Kind.DERIVED)
				&& table.rows().stream().anyMatch(r -> r.kind() == Row.Kind.GUIDE);
	}

	/** The row is derived and marked as such. */
	static boolean marked(Table table, Row row) {
		return row.kind() == Row.Kind.DERIVED && marked(table);
	}
}
