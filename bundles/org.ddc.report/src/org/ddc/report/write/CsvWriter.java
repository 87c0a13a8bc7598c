package org.ddc.report.write;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.ddc.report.model.Cell;
import org.ddc.report.model.Report;
import org.ddc.report.model.Row;
import org.ddc.report.model.Table;

/**
 * One CSV file per table under {@value #FOLDER}/, named after the table's id ("csv/A-1.csv"), as RFC 4180 says: CRLF
 * line ends, fields holding a comma, quote, CR or LF in quotes with quotes doubled, UTF-8 <em>without</em> a
 * byte-order mark (the RFC has none, and tools that read CSV as data would take it for part of the first header;
 * Excel users open the XLSX, or import the CSV as UTF-8).
 * <p>
 * The first line is the header, with each column's unit ("Total (GB)"); each row's label carries the row's unit
 * ("Memory (GB)"). Numbers are written as plain numbers ("-5", "12.5") wherever the header or label names their
 * unit, and as their text ("1.5 TB") where neither does. Text that a spreadsheet would run as a formula (beginning
 * with '=', '+', '-', '@', tab or CR, also after spaces) gets a leading apostrophe ("'=HYPERLINK(…)"), as OWASP
 * advises; numbers are never prefixed — a negative number is written "-5" and read back as the number −5, which
 * is what it is, and a number written by ddc is digits only, so it cannot be a formula. An empty cell is an empty
 * field (its reason is in the HTML, Markdown and XLSX).
 */
public final class CsvWriter implements ReportWriter {
	public static final String FOLDER = "csv";
	private static final String CRLF = "\r\n";

	@Override
	public void write(Report report, FileSink files) throws IOException {
		Names names = new Names("table");
		for (Table table : report.tables()) {
			try (OutputStream out = files.open(FOLDER + "/" + names.of(table.id()) + ".csv")) {
				Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
				write(table, writer);
				writer.flush();
			}
		}
	}

	/** One table as CSV. */
	public void write(Table table, Writer out) throws IOException {
		SheetLayout layout = new SheetLayout(table);
		record(out, layout.header().stream().map(CsvWriter::text).toList());
		for (Row row : table.rows()) {
			List<String> fields = new ArrayList<>(row.cells().size());
			for (int i = 0; i < row.cells().size(); i++) {
				Cell cell = row.cells().get(i);
				if (i == 0) {
					fields.add(text(cell instanceof Cell.Empty ? "" : SheetLayout.label(row)));
				} else if (cell instanceof Cell.Number number && layout.unitShown(row, i, number)) {
					fields.add(SheetLayout.plainNumber(number.value()));
				} else {
					fields.add(text(cell.text()));
				}
			}
			record(out, fields);
		}
	}

	/** Text as a field: inert, then quoted where needed. */
	static String text(String text) {
		return quote(SheetLayout.formulaLike(text) ? "'" + text : text);
	}

	static String quote(String field) {
		boolean quote = false;
		for (int i = 0; i < field.length() && !quote; i++) {
			char c = field.charAt(i);
			quote = c == ',' || c == '"' || c == '\r' || c == '\n';
		}
		return quote ? '"' + field.replace("\"", "\"\"") + '"' : field;
	}

	private static void record(Writer out, List<String> fields) throws IOException {
		out.write(String.join(",", fields));
		out.write(CRLF);
	}
}
