package org.ddc.report.write;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.ddc.report.model.BarChart;
import org.ddc.report.model.Block;
import org.ddc.report.model.Cell;
import org.ddc.report.model.Checklist;
import org.ddc.report.model.Figure;
import org.ddc.report.model.Paragraph;
import org.ddc.report.model.Report;
import org.ddc.report.model.Row;
import org.ddc.report.model.Section;
import org.ddc.report.model.Table;

/**
 * The report as one self-contained HTML page ({@value #FILE}): inline CSS, inline SVG charts, no script and nothing
 * loaded from elsewhere, so it can be mailed, archived and printed as it is. A table of contents links every section
 * and table; every table names its source; empty cells show "—" with the number of their reason, listed under the
 * table. Every text of the model is escaped by {@link Markup}.
 */
public final class HtmlWriter implements ReportWriter {
	public static final String FILE = "report.html";

	/**
	 * On paper a table shows at most this many columns besides its labels: wider tables are printed in parts, each
	 * with the row labels (on screen they scroll sideways).
	 */
	static final int PRINT_COLUMNS = 8;
	/** Wider tables are not printed in parts (hundreds of pages): the CSV and XLSX hold them. */
	static final int MAX_PRINTED_COLUMNS = 400;


	@Override
	public void write(Report report, FileSink files) throws IOException {
		try (OutputStream out = files.open(FILE)) {
			Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
			write(report, writer);
			writer.flush();
		}
	}

	/** Writes the page to {@code out} (not closed). */
	public void write(Report report, Writer out) throws IOException {
		Markup html = new Markup(out);
		new Page(report, html).write();
		html.flush();
	}

	/** One page being written. */
	private static final class Page {
		private final Report report;
		private final Markup html;
		private final Anchors anchors;

		Page(Report report, Markup html) {
			this.report = report;
			this.html = html;
			this.anchors = new Anchors(report);
		}

		void write() throws IOException {
			html.doctype();
			html.start("html", "lang", "en");
			head();
			html.start("body");
			html.newline();
			header();
			contents();
			html.start("main");
			for (Section section : report.sections()) {
				section(section);
			}
			html.end();
			html.newline();
			html.element("footer", "Written by ddc from " + String.join(", ", report.sourceFiles())
					+ ". Values are derived from the design and its analysis; the guide's row labels are verbatim.");
			html.newline();
			html.end();
			html.end();
			html.newline();
		}

		private void head() throws IOException {
			html.start("head");
			html.newline();
			html.empty("meta", "charset", "utf-8");
			html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
			html.empty("meta", "name", "generator", "content", "ddc");
			html.newline();
			html.element("title", report.title());
			html.newline();
			html.start("style");
			html.newline();
			html.css(HtmlStyle.CSS);
			html.end();
			html.newline();
			html.end();
			html.newline();
		}

		private void header() throws IOException {
			html.start("header");
			html.element("h1", report.title());
			html.newline();
			html.element("p", "Design: " + report.designName(), "class", "meta");
			html.newline();
			if (!report.sourceFiles().isEmpty()) {
				html.element("p", (report.sourceFiles().size() == 1 ? "File: " : "Files: ")
						+ String.join(", ", report.sourceFiles()), "class", "meta");
				html.newline();
			}
			html.end();
			html.newline();
		}

		private void contents() throws IOException {
			html.start("nav", "class", "toc", "aria-label", "Contents");
			html.element("h2", "Contents");
			html.start("ol");
			html.newline();
			for (Section section : report.sections()) {
				html.start("li");
				html.element("a", section.title(), "href", "#" + anchors.of(section));
				List<Table> tables = section.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast)
						.toList();
				if (tables.size() > 1) {
					html.start("ol");
					for (Table table : tables) {
						html.start("li");
						html.element("a", table.title(), "href", "#" + anchors.of(table));
						html.end();
					}
					html.end();
				}
				html.end();
				html.newline();
			}
			html.end();
			html.end();
			html.newline();
		}

		private void section(Section section) throws IOException {
			html.start("section", "id", anchors.of(section));
			html.newline();
			html.element("h2", section.title());
			html.newline();
			for (Block block : section.blocks()) {
				switch (block) {
					case Table table -> table(table, section);
					case BarChart chart -> new HtmlChart(html).write(chart);
					case Paragraph paragraph -> html.element("p", paragraph.text(), "class", "block para");
					case Checklist checklist -> checklist(checklist, section);
					case Figure figure -> figure(figure);
				}
				html.newline();
			}
			html.end();
			html.newline();
		}

		private void table(Table table, Section section) throws IOException {
			EmptyReasons reasons = new EmptyReasons(table);
			int dataColumns = table.columns().size() - 1;
			boolean parts = dataColumns > PRINT_COLUMNS && dataColumns <= MAX_PRINTED_COLUMNS;
			html.start("div", "class", "block table-block", "id", anchors.of(table));
			html.start("div", "class", parts ? "scroll screen-only" : "scroll");
			grid(table, 1, table.columns().size(), "data", table.title(), repeats(table.title(), section), reasons);
			html.end();
			html.newline();
			if (parts) {
				for (int first = 1; first <= dataColumns; first += PRINT_COLUMNS) {
					int end = Math.min(dataColumns + 1, first + PRINT_COLUMNS);
					grid(table, first, end, "data print-part", table.title() + " (columns " + first + "–" + (end - 1)
							+ " of " + dataColumns + ")", null, reasons);
					html.newline();
				}
			}
			if (table.source() != null && !table.source().isBlank()) {
				html.element("p", "Source: " + table.source(), "class", "source");
				html.newline();
			}
			notes(table, reasons);
			html.end();
		}

		/** The table with its label column and the columns [first, end). */
		private void grid(Table table, int first, int end, String cssClass, String caption, String captionClass,
				EmptyReasons reasons) throws IOException {
			html.start("table", "class", cssClass);
			html.element("caption", caption, "class", captionClass);
			html.newline();
			html.start("thead");
			html.start("tr");
			html.element("th", table.columns().get(0), "scope", "col");
			for (int column = first; column < end; column++) {
				html.element("th", table.columns().get(column), "scope", "col");
			}
			html.end();
			html.end();
			html.newline();
			html.start("tbody");
			html.newline();
			boolean markDerived = DerivedRows.marked(table);
			for (Row row : table.rows()) {
				row(row, first, end, markDerived, reasons);
			}
			html.end();
			html.end();
		}

		/**
		 * "repeat" for a caption that says what the section's heading says: kept for screen readers and for the
		 * tables read on their own, not shown twice.
		 */
		private static String repeats(String title, Section section) {
			return title != null && title.equals(section.title()) ? "repeat" : null;
		}

		private void row(Row row, int first, int end, boolean markDerived, EmptyReasons reasons) throws IOException {
			boolean marked = markDerived && row.kind() == Row.Kind.DERIVED;
			html.start("tr", "class", row.kind() == Row.Kind.DERIVED && !marked ? null
					: row.kind().name().toLowerCase(java.util.Locale.ROOT));
			List<Cell> cells = row.cells();
			for (int i = 0; i < end; i = i == 0 ? first : i + 1) { // the label, then the columns [first, end)
				Cell cell = cells.get(i);
				if (i == 0) {
					html.start("th", "scope", "row", "class", cell instanceof Cell.Empty ? "empty" : null);
					cellText(cell, reasons);
					if (marked) {
						html.element("span", "ddc", "class", "mark", "title", "ddc: " + DerivedRows.NOTE);
					}
					html.end();
				} else {
					cell(cell, reasons);
				}
			}
			html.end();
			html.newline();
		}

		private void cell(Cell cell, EmptyReasons reasons) throws IOException {
			switch (cell) {
				case Cell.Number number -> html.element("td", number.text(), "class", "num");
				case Cell.Items items -> html.element("td", items.text(), "class", "items");
				case Cell.Empty empty -> html.element("td", reasons.mark(empty), "class", "empty", "title",
						empty.reason());
				default -> html.element("td", cell.text());
			}
		}

		private void cellText(Cell cell, EmptyReasons reasons) throws IOException {
			if (cell instanceof Cell.Empty empty) {
				html.start("span", "title", empty.reason());
				html.text(reasons.mark(empty));
				html.end();
			} else {
				html.text(cell.text());
			}
		}

		private void notes(Table table, EmptyReasons reasons) throws IOException {
			boolean derived = DerivedRows.marked(table);
			if (table.notes().isEmpty() && reasons.legend().isEmpty() && !derived) {
				return;
			}
			html.start("ul", "class", "notes");
			for (String line : reasons.legend()) {
				html.element("li", line);
			}
			if (derived) {
				html.start("li");
				html.element("span", "ddc", "class", "mark");
				html.text(" " + DerivedRows.NOTE);
				html.end();
			}
			for (String note : table.notes()) {
				html.element("li", note);
			}
			html.end();
			html.newline();
		}

		/** The diagram inline (ddc's SVG writer escaped every text in it), its caption under it. */
		private void figure(Figure figure) throws IOException {
			html.start("figure", "class", "block figure", "id", "figure-" + figure.id());
			html.newline();
			html.svg(figure.svg());
			html.element("figcaption", figure.title());
			html.end();
		}

		private void checklist(Checklist checklist, Section section) throws IOException {
			html.start("div", "class", "block checklist-block");
			html.element("h3", checklist.title(), "class", repeats(checklist.title(), section));
			html.start("ul", "class", "checklist");
			html.newline();
			for (Checklist.Item item : checklist.items()) {
				html.start("li");
				html.element("span", "☐", "class", "box", "aria-hidden", "true");
				html.text(item.question());
				if (item.source() != null && !item.source().isBlank()) {
					html.text(" ");
					html.element("span", "(" + item.source() + ")", "class", "source");
				}
				html.end();
				html.newline();
			}
			html.end();
			html.end();
		}
	}
}
