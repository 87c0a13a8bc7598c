package org.ddc.report.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.ddc.report.model.Cell;
import org.ddc.report.model.Report;
import org.ddc.report.model.Row;
import org.ddc.report.model.Table;
import org.ddc.report.write.XlsxStyles.Role;

/**
 * The report as an Excel workbook ({@value #FILE}, Apache POI): a "Contents" sheet linking every table, then one
 * sheet per table named after its id. Each sheet has the header in row 1 with the columns' units ("Total (GB)"), the
 * row labels in column A with the rows' units ("Memory (GB)"), both frozen; numbers are numeric cells (where neither
 * header nor label names the unit, the number format shows it: 1.5 "TB"); text cells are text, never formulas, and
 * text beginning like a formula is marked as text (quote prefix) so it stays text when edited. Title, source, notes
 * and the reasons of empty cells follow the table. A table wider or longer than a sheet (16,384 columns, 1,048,576
 * rows) continues on further sheets, each with the header and labels. The same report gives the same bytes: the
 * creation time POI stamps is left out and the zip entries carry a fixed time ({@link StreamingWorkbook}).
 */
public final class XlsxWriter implements ReportWriter {
	public static final String FILE = "report.xlsx";
	static final String CONTENTS = "Contents";
	static final int MAX_COLUMNS = 16_384;
	static final int MAX_ROWS = 1_048_576;
	private static final int MIN_WIDTH = 6;
	private static final int MAX_WIDTH = 60;
	private static final int MAX_HEADER_WIDTH = 24;
	private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9 ._()-]+");

	@Override
	public void write(Report report, FileSink files) throws IOException {
		byte[] bytes = bytes(report);
		try (OutputStream out = files.open(FILE)) {
			out.write(bytes);
		}
	}

	/** The workbook's bytes. */
	public byte[] bytes(Report report) throws IOException {
		try (StreamingWorkbook workbook = new StreamingWorkbook()) {
			new Book(report, workbook).write();
			ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
			workbook.writeAvoidingTempFiles(out);
			return out.toByteArray();
		}
	}

	/** One workbook being filled. */
	private static final class Book {
		private final Report report;
		private final StreamingWorkbook workbook;
		private final XlsxStyles styles;
		private final SheetNames names = new SheetNames();
		private final List<String[]> contents = new ArrayList<>();

		Book(Report report, StreamingWorkbook workbook) {
			this.report = report;
			this.workbook = workbook;
			this.styles = new XlsxStyles(workbook.getXSSFWorkbook());
		}

		void write() {
			var properties = workbook.getXSSFWorkbook().getProperties();
			properties.getCoreProperties().setCreated(Optional.empty());
			properties.getCoreProperties().setCreator("ddc");
			properties.getCoreProperties().setTitle(Texts.visible(report.title()));
			properties.getExtendedProperties().setApplication("ddc");
			SXSSFSheet contentsSheet = workbook.createSheet(names.of(CONTENTS));
			for (Table table : report.tables()) {
				table(table);
			}
			contents(contentsSheet);
			workbook.setActiveSheet(0);
		}

		private void contents(SXSSFSheet sheet) {
			int r = 0;
			text(sheet.createRow(r++), 0, report.title(), Role.TITLE);
			SXSSFRow design = sheet.createRow(r++);
			text(design, 0, "Design", Role.LABEL);
			text(design, 1, report.designName(), Role.BODY);
			SXSSFRow files = sheet.createRow(r++);
			text(files, 0, report.sourceFiles().size() == 1 ? "File" : "Files", Role.LABEL);
			text(files, 1, String.join(", ", report.sourceFiles()), Role.BODY);
			r++;
			SXSSFRow header = sheet.createRow(r++);
			String[] titles = { "Sheet", "Table", "Source" };
			for (int c = 0; c < titles.length; c++) {
				text(header, c, titles[c], Role.HEADER);
			}
			int[] widths = { 12, 30, 30 };
			for (String[] entry : contents) {
				SXSSFRow row = sheet.createRow(r++);
				SXSSFCell link = text(row, 0, entry[0], Role.LINK);
				XSSFHyperlink hyperlink = workbook.getXSSFWorkbook().getCreationHelper()
						.createHyperlink(HyperlinkType.DOCUMENT);
				hyperlink.setAddress("'" + entry[0].replace("'", "''") + "'!A1");
				link.setHyperlink(hyperlink);
				text(row, 1, entry[1], Role.BODY);
				text(row, 2, entry[2], Role.BODY);
				for (int c = 0; c < widths.length; c++) {
					widths[c] = Math.max(widths[c], Math.min(MAX_WIDTH, entry[c].length()));
				}
			}
			workbook.setColumnWidths(sheet.getSheetName(), widths(widths));
		}

		private void table(Table table) {
			List<String> footer = footer(table);
			int dataColumns = Math.max(0, table.columns().size() - 1);
			int columnsPerSheet = MAX_COLUMNS - 1;
			int rowsPerSheet = MAX_ROWS - 2 - footer.size();
			int columnParts = Math.max(1, (dataColumns + columnsPerSheet - 1) / columnsPerSheet);
			int rowParts = Math.max(1, (table.rows().size() + rowsPerSheet - 1) / rowsPerSheet);
			int parts = columnParts * rowParts;
			int part = 0;
			for (int rowPart = 0; rowPart < rowParts; rowPart++) {
				for (int columnPart = 0; columnPart < columnParts; columnPart++) {
					part++;
					String name = names.of(parts == 1 ? table.id() : table.id() + " " + part + " of " + parts);
					contents.add(new String[] { name, table.title() + (parts == 1 ? "" : " (" + part + " of " + parts
							+ ")"), table.source() == null ? "" : table.source() });
					int firstColumn = 1 + columnPart * columnsPerSheet;
					int lastColumn = Math.min(table.columns().size(), firstColumn + columnsPerSheet);
					int firstRow = rowPart * rowsPerSheet;
					int lastRow = Math.min(table.rows().size(), firstRow + rowsPerSheet);
					sheet(workbook.createSheet(name), table, firstColumn, lastColumn, firstRow, lastRow, footer);
				}
			}
		}

		/** One sheet: columns [first, last) besides the labels, rows [firstRow, lastRow). */
		private void sheet(SXSSFSheet sheet, Table table, int firstColumn, int lastColumn, int firstRow, int lastRow,
				List<String> footer) {
			SheetLayout layout = new SheetLayout(table);
			EmptyReasons reasons = new EmptyReasons(table);
			boolean markDerived = DerivedRows.marked(table);
			int columns = 1 + lastColumn - firstColumn;
			int[] widths = new int[columns];
			List<String> header = layout.header();
			SXSSFRow headerRow = sheet.createRow(0);
			for (int c = 0; c < columns; c++) {
				int column = c == 0 ? 0 : firstColumn + c - 1;
				text(headerRow, c, header.get(column), Role.HEADER);
				widths[c] = Math.min(MAX_HEADER_WIDTH, header.get(column).length());
			}
			int r = 1;
			for (int index = firstRow; index < lastRow; index++) {
				Row row = table.rows().get(index);
				SXSSFRow sheetRow = sheet.createRow(r++);
				for (int c = 0; c < columns; c++) {
					int column = c == 0 ? 0 : firstColumn + c - 1;
					String shown = c == 0 ? label(sheetRow, row, markDerived, reasons)
							: cell(sheetRow, c, row, column, layout, reasons);
					widths[c] = Math.max(widths[c], Math.min(MAX_WIDTH, shown.length()));
				}
			}
			r++;
			for (int i = 0; i < footer.size(); i++) {
				text(sheet.createRow(r++), 0, footer.get(i), i == 0 ? Role.TITLE : Role.NOTE);
			}
			workbook.setColumnWidths(sheet.getSheetName(), widths(widths));
			sheet.createFreezePane(1, 1);
			sheet.getPrintSetup().setLandscape(true);
			if (PLAIN_NAME.matcher(sheet.getSheetName()).matches()) {
				// printed pages repeat the header row and the labels; POI cannot read the print titles back for
				// sheet names with commas or apostrophes, so those sheets go without
				sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
				sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, 0));
			}
		}

		/** The lines under a table: title, source, the reasons of empty cells, the derived-row mark, notes. */
		private static List<String> footer(Table table) {
			List<String> lines = new ArrayList<>();
			lines.add(table.title());
			if (table.source() != null && !table.source().isBlank()) {
				lines.add("Source: " + table.source());
			}
			lines.addAll(new EmptyReasons(table).legend());
			if (DerivedRows.marked(table)) {
				lines.add("Rows in italics: " + DerivedRows.NOTE);
			}
			lines.addAll(table.notes());
			return lines;
		}

		private String label(SXSSFRow sheetRow, Row row, boolean markDerived, EmptyReasons reasons) {
			if (!row.cells().isEmpty() && row.cells().get(0) instanceof Cell.Empty empty) {
				String mark = reasons.mark(empty);
				text(sheetRow, 0, mark, Role.EMPTY);
				return mark;
			}
			String label = SheetLayout.label(row);
			Role role = switch (row.kind()) {
				case GUIDE -> Role.LABEL;
				case TOTAL -> Role.LABEL_TOTAL;
				case DETAIL -> Role.LABEL_DETAIL;
				case DERIVED -> markDerived ? Role.LABEL_DERIVED : Role.LABEL;
			};
			text(sheetRow, 0, label, role);
			return row.kind() == Row.Kind.DETAIL ? "    " + label : label;
		}

		/** Writes one body cell; returns the text it shows, for the column width. */
		private String cell(SXSSFRow sheetRow, int c, Row row, int column, SheetLayout layout, EmptyReasons reasons) {
			Cell cell = row.cells().get(column);
			Role role = row.kind() == Row.Kind.TOTAL ? Role.BODY_TOTAL : Role.BODY;
			switch (cell) {
				case Cell.Number number when Double.isFinite(number.value()) -> {
					String format = format(number.value(), layout.unitShown(row, column, number) ? null : number.unit());
					if (format == null) {
						text(sheetRow, c, number.text(), role);
					} else {
						SXSSFCell target = sheetRow.createCell(c);
						target.setCellValue(number.value());
						target.setCellStyle(styles.number(role, format));
					}
					return number.text();
				}
				case Cell.Empty empty -> {
					String mark = reasons.mark(empty);
					text(sheetRow, c, mark, Role.EMPTY);
					return mark;
				}
				default -> {
					text(sheetRow, c, cell.text(), role);
					return cell.text();
				}
			}
		}

		/**
		 * The number format: whole numbers with thousands separators, others with up to two decimals; the unit
		 * after the number when neither header nor label names it; null when the unit cannot go in a format.
		 */
		private static String format(double value, String unit) {
			String number = value == Math.rint(value) && Math.abs(value) < 1e15 ? "#,##0" : "#,##0.0#";
			if (unit == null || unit.isBlank()) {
				return number;
			}
			if (unit.indexOf('"') >= 0 || unit.indexOf('\\') >= 0 || unit.chars().anyMatch(Character::isISOControl)) {
				return null;
			}
			return number + " \"" + unit + "\"";
		}

		/** A text cell; text beginning like a formula is marked as text. */
		private SXSSFCell text(SXSSFRow row, int column, String text, Role role) {
			SXSSFCell cell = row.createCell(column);
			String value = text == null ? "" : text;
			cell.setCellValue(XlsxText.cell(value));
			cell.setCellStyle(styles.text(role, SheetLayout.formulaLike(value)));
			return cell;
		}

		/** Column widths in characters: the longest text, at least {@value #MIN_WIDTH}, and a margin. */
		private static int[] widths(int[] characters) {
			int[] widths = new int[characters.length];
			for (int c = 0; c < characters.length; c++) {
				widths[c] = Math.max(MIN_WIDTH, characters[c]) + 2;
			}
			return widths;
		}
	}
}
