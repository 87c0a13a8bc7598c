package org.ddc.report.writers.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.ddc.report.model.BarChart;
import org.ddc.report.model.Cell;
import org.ddc.report.model.Checklist;
import org.ddc.report.model.Paragraph;
import org.ddc.report.model.Report;
import org.ddc.report.model.Row;
import org.ddc.report.model.Section;
import org.ddc.report.model.Table;
import org.ddc.report.write.FileSink;
import org.ddc.report.write.ReportFormat;

/** Reports built by hand for the writers' tests, and an in-memory sink for their files. */
final class Reports {
	/** Names a hostile design might hold: markup, quotes, formulas, control and bidirectional characters. */
	static final String SCRIPT = "<script>alert('x')</script>";
	static final String QUOTES = "O'Brien \"quoted\" & <b>bold</b>";
	static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"click\")";
	static final String PLUS = "+1";
	static final String AT = "@SUM(A1)";
	static final String MINUS = "-2+3";
	static final String TAB = "\t=1+1";
	static final String PIPES = "a|b\nsecond line, with comma";
	static final String BIDI = "abc\u202Egnp.exe\u202C ok";
	static final String UNICODE = "Zürich 数据中心 🚀 ∑";
	static final String CONTROL = "bell\u0007 esc\u001b[31m";
	static final String ESCAPE_LIKE = "_x0041_ stays";
	static final List<String> HOSTILE = List.of(SCRIPT, QUOTES, HYPERLINK, PLUS, AT, MINUS, TAB, PIPES, BIDI, UNICODE,
			CONTROL, ESCAPE_LIKE);

	private Reports() {
	}

	/** A small Table A-1 with every row kind, a units row and column, an empty cell with its reason. */
	static Table resourceTable() {
		List<String> columns = List.of("Requirement", "WEB-01", "SQL-01", "Total");
		List<Row> rows = List.of(
				new Row(List.of(Cell.text("Application"), Cell.text("Intranet"), Cell.text("Database"),
						Cell.empty("not a sum")), Row.Kind.GUIDE, null),
				new Row(List.of(Cell.text("Memory"), Cell.number(4, "GB", "4 GB"), Cell.number(32, "GB", "32 GB"),
						Cell.number(36, "GB", "36 GB")), Row.Kind.GUIDE, "GB"),
				new Row(List.of(Cell.text("Disk"), Cell.number(80, "GB", "80 GB"), Cell.number(1.5, "TB", "1.5 TB"),
						Cell.empty("not stated in the design")), Row.Kind.GUIDE, "GB"),
				new Row(List.of(Cell.text("Subnets"), Cell.items(List.of("NET-WEB", "NET-MGMT")),
						Cell.items(List.of("NET-DATA")), Cell.items(List.of("NET-WEB", "NET-MGMT", "NET-DATA"))),
						Row.Kind.GUIDE, null),
				new Row(List.of(Cell.text("Temperature delta"), Cell.number(-5, "K", "-5 K"), Cell.empty(""),
						Cell.empty("not stated in the design")), Row.Kind.DERIVED, "K"),
				new Row(List.of(Cell.text("Total with peak buffer and growth"), Cell.number(6, "GB", "6 GB"),
						Cell.number(48, "GB", "48 GB"), Cell.number(54, "GB", "54 GB")), Row.Kind.TOTAL, "GB"),
				new Row(List.of(Cell.text("of which reserve"), Cell.number(1.25, "GB", "1.25 GB"),
						Cell.number(2, null, "2"), Cell.number(3.25, "GB", "3.25 GB")), Row.Kind.DETAIL, "GB"));
		return new Table("A-1", "Table A-1. Resource Requirements",
				"Dynamic Datacenter guide, Appendix A, Table A-1 (L537)", columns, null, rows,
				List.of("Totals are over in-scope workloads."));
	}

	/** A per-host table whose units are per column. */
	static Table hostTable() {
		List<String> columns = List.of("Host", "Memory", "CPU", "VMs");
		List<Row> rows = new ArrayList<>();
		for (int i = 1; i <= 3; i++) {
			rows.add(new Row(List.of(Cell.text("HD-WEB-0" + i), Cell.number(256 - i, "GB", (256 - i) + " GB"),
					Cell.number(40.5 + i, "%", (40.5 + i) + " %"), Cell.number(i * 4, null, String.valueOf(i * 4))),
					Row.Kind.GUIDE, null));
		}
		return new Table("placement", "Placement: hosts and their VMs", "ddc analysis", columns,
				java.util.Arrays.asList(null, "GB", "%", null), rows, List.of());
	}

	static BarChart chart() {
		return new BarChart("Memory per cluster", "GB", List.of(
				new BarChart.Bar("CL-WEB", List.of(new BarChart.Segment("demand", 180),
						new BarChart.Segment("N+k reserve", 32)), 256, "212 of 256 GB, 83 %", false),
				new BarChart.Bar("CL-DATA", List.of(new BarChart.Segment("demand", 300),
						new BarChart.Segment("N+k reserve", 64)), 320, "364 of 320 GB, 114 %", true)));
	}

	static Checklist checklist() {
		return new Checklist("Business validation", List.of(
				new Checklist.Item("Has the business agreed on the workloads in scope?", "Step 1, Task 1 (L103)"),
				new Checklist.Item("Are the fault-tolerance needs confirmed?", "Step 1, Task 2 (L120)")));
	}

	/** A report with every kind of block. */
	static Report sample() {
		return new Report("contoso — Dynamic Datacenter design", "contoso", List.of("examples/contoso/contoso.ddc"),
				List.of(new Section("a-1", "Table A-1. Resource Requirements", List.of(resourceTable())),
						new Section("sizing", "Sizing per cluster",
								List.of(new Paragraph("Demand with peak buffer and growth against capacity."), chart())),
						new Section("placement", "Placement", List.of(hostTable())),
						new Section("questions", "Business validation", List.of(checklist()))));
	}

	/** A report with hostile text in every place the model has text. */
	static Report hostile() {
		List<String> columns = new ArrayList<>();
		columns.add(SCRIPT);
		columns.addAll(HOSTILE);
		List<Row> rows = new ArrayList<>();
		for (String text : HOSTILE) {
			List<Cell> cells = new ArrayList<>();
			cells.add(Cell.text(text));
			for (String other : HOSTILE) {
				cells.add(Cell.text(other));
			}
			rows.add(new Row(cells, Row.Kind.GUIDE, null));
		}
		List<Cell> numbers = new ArrayList<>();
		numbers.add(Cell.text(QUOTES));
		for (int i = 0; i < HOSTILE.size(); i++) {
			numbers.add(i % 2 == 0 ? Cell.number(-5 - i, "GB", (-5 - i) + " GB") : Cell.empty(HOSTILE.get(i)));
		}
		rows.add(new Row(numbers, Row.Kind.TOTAL, "GB"));
		List<String> units = new ArrayList<>(Collections.nCopies(columns.size(), null));
		units.set(1, SCRIPT);
		Table table = new Table(HYPERLINK, SCRIPT, QUOTES, columns, units, rows, HOSTILE);
		Table second = new Table("../" + SCRIPT, BIDI, CONTROL, List.of(PIPES, AT),
				null, List.of(new Row(List.of(Cell.items(HOSTILE), Cell.text(MINUS)), Row.Kind.DETAIL, AT)), List.of());
		BarChart chart = new BarChart(SCRIPT, QUOTES, List.of(new BarChart.Bar(HYPERLINK,
				List.of(new BarChart.Segment(SCRIPT, 5), new BarChart.Segment(BIDI, 3)), 6, PIPES, true)));
		Checklist checklist = new Checklist(SCRIPT, HOSTILE.stream().map(h -> new Checklist.Item(h, h)).toList());
		return new Report(SCRIPT, QUOTES, HOSTILE, List.of(
				new Section("\"><script>x</script>", SCRIPT, List.of(table, new Paragraph(String.join("\n", HOSTILE)))),
				new Section(BIDI, HYPERLINK, List.of(second, chart, checklist))));
	}

	/** Every file of every format, by path, in memory. */
	static Map<String, byte[]> write(Report report, ReportFormat... formats) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		FileSink sink = path -> new ByteArrayOutputStream() {
			@Override
			public void close() throws IOException {
				super.close();
				if (files.put(path, toByteArray()) != null) {
					throw new IOException("written twice: " + path);
				}
			}
		};
		for (ReportFormat format : formats.length == 0 ? ReportFormat.values() : formats) {
			format.writer().write(report, sink);
		}
		return files;
	}

	static String text(Map<String, byte[]> files, String path) {
		byte[] bytes = files.get(path);
		if (bytes == null) {
			throw new AssertionError("no file " + path + " in " + files.keySet());
		}
		return new String(bytes, StandardCharsets.UTF_8);
	}
}
