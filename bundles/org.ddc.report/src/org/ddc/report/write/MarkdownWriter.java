package org.ddc.report.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.ddc.analysis.Quantities;
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
 * The report as GitHub-flavoured Markdown ({@value #FILE}) for wikis: a heading per section with an anchor the
 * contents link to, tables as pipe tables (totals bold, details indented, ddc's derived rows in italics and marked),
 * charts as a compact table of their figures, checklists as task lists, diagrams as images of SVG files written
 * next to it (diagrams/). Every text is escaped by
 * {@link MarkdownText}.
 */
public final class MarkdownWriter implements ReportWriter {
	public static final String FILE = "report.md";

	@Override
	public void write(Report report, FileSink files) throws IOException {
		try (OutputStream out = files.open(FILE)) {
			out.write(render(report).getBytes(StandardCharsets.UTF_8));
		}
		for (Figure figure : report.figures()) {
			try (OutputStream out = files.open(figure.file())) {
				out.write(figure.svg().getBytes(StandardCharsets.UTF_8));
			}
		}
	}

	/** The whole document. */
	public String render(Report report) {
		StringBuilder md = new StringBuilder(1 << 16);
		Anchors anchors = new Anchors(report);
		md.append("# ").append(MarkdownText.escape(report.title())).append("\n\n");
		md.append("Design: ").append(MarkdownText.escape(report.designName())).append("  \n");
		md.append(report.sourceFiles().size() == 1 ? "File: " : "Files: ")
				.append(MarkdownText.escape(String.join(", ", report.sourceFiles()))).append("\n\n");
		md.append("## Contents\n\n");
		int number = 1;
		for (Section section : report.sections()) {
			md.append(number++).append(". [").append(MarkdownText.escape(section.title())).append("](#")
					.append(anchors.of(section)).append(")\n");
		}
		for (Section section : report.sections()) {
			md.append("\n<a id=\"").append(anchors.of(section)).append("\"></a>\n\n");
			md.append("## ").append(MarkdownText.escape(section.title())).append("\n");
			for (Block block : section.blocks()) {
				md.append('\n');
				switch (block) {
					case Table table -> table(md, table, section, anchors);
					case BarChart chart -> chart(md, chart);
					case Paragraph paragraph -> md.append(MarkdownText.escape(paragraph.text())).append('\n');
					case Checklist checklist -> checklist(md, checklist, section);
					case Figure figure -> md.append("![").append(MarkdownText.escape(figure.title())).append("](")
							.append(figure.file()).append(")\n");
				}
			}
		}
		return md.toString();
	}

	private static void table(StringBuilder md, Table table, Section section, Anchors anchors) {
		EmptyReasons reasons = new EmptyReasons(table);
		md.append("<a id=\"").append(anchors.of(table)).append("\"></a>\n\n");
		title(md, table.title(), section);
		List<String> header = table.columns().stream().map(MarkdownText::escape).toList();
		line(md, header);
		List<String> rule = new ArrayList<>();
		for (int column = 0; column < table.columns().size(); column++) {
			rule.add(column > 0 && numeric(table, column) ? "---:" : "---");
		}
		line(md, rule);
		boolean derived = DerivedRows.marked(table);
		for (Row row : table.rows()) {
			List<String> cells = new ArrayList<>();
			for (int i = 0; i < row.cells().size(); i++) {
				cells.add(cell(row, i, derived, reasons));
			}
			line(md, cells);
		}
		md.append('\n');
		if (table.source() != null && !table.source().isBlank()) {
			md.append("Source: ").append(MarkdownText.escape(table.source())).append("\n\n");
		}
		List<String> notes = new ArrayList<>(reasons.legend());
		if (derived) {
			notes.add("(ddc) " + DerivedRows.NOTE);
		}
		notes.addAll(table.notes());
		for (String note : notes) {
			md.append("- ").append(MarkdownText.escape(note)).append('\n');
		}
		if (!notes.isEmpty()) {
			md.append('\n');
		}
	}

	/** Every cell of the column below the header that shows something is a number. */
	private static boolean numeric(Table table, int column) {
		boolean any = false;
		for (Row row : table.rows()) {
			Cell cell = row.cells().get(column);
			if (cell instanceof Cell.Number) {
				any = true;
			} else if (!(cell instanceof Cell.Empty)) {
				return false;
			}
		}
		return any;
	}

	private static String cell(Row row, int index, boolean markDerived, EmptyReasons reasons) {
		Cell cell = row.cells().get(index);
		String text = cell instanceof Cell.Empty empty ? reasons.mark(empty) : MarkdownText.escape(cell.text());
		if (text.isEmpty()) {
			return "";
		}
		if (index == 0) {
			switch (row.kind()) {
				case DETAIL -> text = "&emsp;" + text;
				case DERIVED -> text = markDerived ? "*" + text + "* (ddc)" : text;
				default -> {
				}
			}
		}
		return row.kind() == Row.Kind.TOTAL ? "**" + text + "**" : text;
	}

	private static void line(StringBuilder md, List<String> cells) {
		md.append('|');
		for (String cell : cells) {
			md.append(' ').append(cell).append(" |");
		}
		md.append('\n');
	}

	private static void chart(StringBuilder md, BarChart chart) {
		String unit = chart.unit() == null || chart.unit().isBlank() ? "" : " (" + chart.unit() + ")";
		md.append("**").append(MarkdownText.escape(chart.title() + unit)).append("**\n\n");
		List<String> names = HtmlChart.segmentNames(chart);
		List<String> header = new ArrayList<>();
		header.add("");
		names.forEach(name -> header.add(MarkdownText.escape(name)));
		header.add("capacity");
		header.add("");
		line(md, header);
		List<String> rule = new ArrayList<>();
		rule.add("---");
		names.forEach(name -> rule.add("---:"));
		rule.add("---:");
		rule.add("---");
		line(md, rule);
		for (BarChart.Bar bar : chart.bars()) {
			List<String> cells = new ArrayList<>();
			cells.add(MarkdownText.escape(bar.label()));
			for (String name : names) {
				double value = bar.segments().stream().filter(s -> s.name().equals(name))
						.mapToDouble(BarChart.Segment::value).sum();
				boolean has = bar.segments().stream().anyMatch(s -> s.name().equals(name));
				cells.add(has ? MarkdownText.escape(Quantities.number(value)) : "");
			}
			cells.add(Double.isFinite(bar.capacity()) ? MarkdownText.escape(Quantities.number(bar.capacity())) : "");
			String text = MarkdownText.escape(bar.text());
			cells.add(bar.over() ? "**⚠ over capacity:** " + text : text);
			line(md, cells);
		}
	}

	/** A block's title in bold, unless the section's heading just said it. */
	private static void title(StringBuilder md, String title, Section section) {
		if (title != null && !title.isBlank() && !title.equals(section.title())) {
			md.append("**").append(MarkdownText.escape(title)).append("**\n\n");
		}
	}

	private static void checklist(StringBuilder md, Checklist checklist, Section section) {
		title(md, checklist.title(), section);
		for (Checklist.Item item : checklist.items()) {
			md.append("- [ ] ").append(MarkdownText.escape(item.question()));
			if (item.source() != null && !item.source().isBlank()) {
				md.append(" — *").append(MarkdownText.escape(item.source())).append('*');
			}
			md.append('\n');
		}
	}
}
