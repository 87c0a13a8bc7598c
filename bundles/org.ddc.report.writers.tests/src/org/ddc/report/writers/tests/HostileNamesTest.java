package org.ddc.report.writers.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ddc.report.write.HtmlWriter;
import org.ddc.report.write.MarkdownWriter;
import org.ddc.report.write.XlsxWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A design whose names are markup, formulas, quotes, control and bidirectional characters: every format keeps them
 * as the text they are — no element in the HTML, no syntax in the Markdown, no formula in the CSV or the workbook.
 */
class HostileNamesTest {
	private static Map<String, byte[]> files;

	@BeforeAll
	static void write() throws Exception {
		files = Reports.write(Reports.hostile());
	}

	@Test
	void htmlHasNoElementFromTheDesignAndShowsEveryTextAsText() throws Exception {
		String html = Reports.text(files, HtmlWriter.FILE);
		Document page = Html.parse(html);
		Set<String> allowed = Set.of("html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3",
				"p", "nav", "ol", "ul", "li", "a", "main", "section", "div", "table", "caption", "thead", "tbody", "tr",
				"th", "td", "span", "figure", "figcaption", "svg", "rect", "line", "footer");
		for (Element element : Html.all(page)) {
			assertTrue(allowed.contains(element.getNodeName()), "unexpected element " + element.getNodeName());
			for (int i = 0; i < element.getAttributes().getLength(); i++) {
				String attribute = element.getAttributes().item(i).getNodeName();
				assertFalse(attribute.startsWith("on"), "event handler attribute " + attribute);
			}
		}
		assertTrue(Html.elements(page, "script").isEmpty());
		assertEquals("<script>alert('x')</script>", Html.elements(page, "h1").get(0).getTextContent());
		assertEquals(Reports.SCRIPT, Html.elements(page, "title").get(0).getTextContent());
		Element table = Html.withClass(page, "table", "data").get(0);
		List<String> header = new ArrayList<>();
		Element headRow = (Element) table.getElementsByTagName("thead").item(0);
		for (int i = 0; i < headRow.getElementsByTagName("th").getLength(); i++) {
			header.add(headRow.getElementsByTagName("th").item(i).getTextContent());
		}
		assertEquals(Reports.SCRIPT, header.get(0));
		assertEquals(Reports.QUOTES, header.get(2));
		assertEquals(Reports.HYPERLINK, header.get(3));
		assertEquals("abc\\u202egnp.exe\\u202c ok", header.get(9),
				"a bidirectional override shown as an escape: the name cannot show reordered as 'abcexe.png'");
		assertEquals("bell\\u0007 esc\\u001b[31m", header.get(11), "control characters shown as escapes");
		for (Element element : Html.all(page)) {
			String id = element.getAttribute("id");
			assertTrue(id.matches("[A-Za-z0-9._-]*"), "unsafe id " + id);
			String href = element.getAttribute("href");
			assertTrue(href.isEmpty() || href.matches("#[A-Za-z0-9._-]+"), "unsafe link " + href);
		}
		assertFalse(html.contains("<script"), "the raw text holds no script tag");
		assertTrue(html.contains("&lt;script&gt;alert('x')&lt;/script&gt;"));
		Element empty = Html.withClass(page, "td", "empty").get(0);
		assertEquals(Reports.QUOTES, empty.getAttribute("title"), "attribute values escaped and kept");
	}

	@Test
	void markdownShowsMarkupAsTextAndKeepsEveryTableRowInItsColumns() {
		String md = Reports.text(files, MarkdownWriter.FILE);
		assertFalse(java.util.regex.Pattern.compile("(?<!\\\\)<script").matcher(md).find(),
				"raw markup would be rendered by some wikis");
		assertFalse(md.contains("<b>"));
		assertTrue(md.contains("\\<script\\>alert('x')\\</script\\>"));
		assertTrue(md.contains("abc\\\\u202egnp.exe\\\\u202c ok"), "bidi overrides shown as escapes");
		assertTrue(md.contains("bell\\\\u0007 esc\\\\u001b\\[31m"), "control characters too");
		assertFalse(md.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t'), "no raw control character");
		int columns = Reports.HOSTILE.size() + 1;
		long rows = md.lines().filter(l -> l.startsWith("| ") && !l.matches("[-:| ]+")).filter(l -> cells(l) == columns)
				.count();
		assertEquals(1 + Reports.HOSTILE.size() + 1, rows,
				"header and every row of the hostile table have exactly " + columns + " cells:\n" + md);
		assertTrue(md.contains("a\\|b<br>second line, with comma"));
		assertTrue(md.contains("\\=HYPERLINK"));
	}

	/** Cells of a pipe-table line: pipes not escaped by a backslash, less one. */
	private static int cells(String line) {
		int pipes = 0;
		for (int i = 0; i < line.length(); i++) {
			if (line.charAt(i) == '\\') {
				i++;
			} else if (line.charAt(i) == '|') {
				pipes++;
			}
		}
		return pipes - 1;
	}

	@Test
	void csvFieldsAreQuotedAndFormulasInert() {
		List<String> csvFiles = files.keySet().stream().filter(f -> f.startsWith("csv/")).toList();
		assertEquals(List.of("csv/HYPERLINK-http-x-click.csv", "csv/script-alert-x-script.csv"), csvFiles,
				"file names from the ids, made safe: no '..', no '/', no quotes");
		String csv = Reports.text(files, "csv/HYPERLINK-http-x-click.csv");
		assertFalse(csv.startsWith("\uFEFF"), "no byte-order mark");
		List<List<String>> records = Csv.parse(csv);
		assertEquals(1 + Reports.HOSTILE.size() + 1, records.size());
		List<String> header = records.get(0);
		assertEquals(Reports.SCRIPT, header.get(0));
		assertEquals(Reports.SCRIPT + " (" + Reports.SCRIPT + ")", header.get(1), "the column's unit in the header");
		List<String> row = records.get(1);
		assertEquals(List.of(Reports.SCRIPT, Reports.SCRIPT, Reports.QUOTES, "'" + Reports.HYPERLINK, "'+1",
				"'@SUM(A1)", "'-2+3", "'\t=1+1", Reports.PIPES, Reports.BIDI, Reports.UNICODE, Reports.CONTROL,
				Reports.ESCAPE_LIKE), row);
		List<String> numbers = records.get(records.size() - 1);
		assertEquals(Reports.QUOTES + " (GB)", numbers.get(0), "the row's unit after its label");
		assertEquals("-5", numbers.get(1), "a negative number stays a number: no apostrophe");
		assertEquals("", numbers.get(2), "an empty cell is an empty field");
		assertEquals("-7", numbers.get(3));
		assertTrue(csv.contains("\"" + Reports.QUOTES.replace("\"", "\"\"") + "\""), "quotes doubled in quotes");
	}

	@Test
	void workbookHasNoFormulaAndReadsBackTheExactText() throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(files.get(XlsxWriter.FILE)))) {
			int formulas = 0;
			for (int s = 0; s < book.getNumberOfSheets(); s++) {
				XSSFSheet sheet = book.getSheetAt(s);
				for (var row : sheet) {
					for (var cell : row) {
						if (cell.getCellType() == CellType.FORMULA) {
							formulas++;
						}
					}
				}
			}
			assertEquals(0, formulas);
			XSSFSheet sheet = book.getSheetAt(1);
			assertEquals("=HYPERLINK(\"http---x\",\"click\")", sheet.getSheetName(),
					"the id made a legal sheet name, at most 31 characters");
			XSSFRow row = sheet.getRow(1);
			for (int c = 1; c <= Reports.HOSTILE.size(); c++) {
				XSSFCell cell = row.getCell(c);
				assertEquals(CellType.STRING, cell.getCellType());
				assertEquals(Reports.HOSTILE.get(c - 1), cell.getStringCellValue(), "text read back as written");
				boolean formulaLike = List.of(Reports.HYPERLINK, Reports.PLUS, Reports.AT, Reports.MINUS, Reports.TAB)
						.contains(Reports.HOSTILE.get(c - 1));
				assertEquals(formulaLike, cell.getCellStyle().getQuotePrefixed(),
						"formula-like text marked as text: " + Reports.HOSTILE.get(c - 1));
			}
			XSSFRow numbers = sheet.getRow(Reports.HOSTILE.size() + 1);
			assertEquals(Reports.QUOTES + " (GB)", numbers.getCell(0).getStringCellValue());
			assertEquals(CellType.NUMERIC, numbers.getCell(1).getCellType());
			assertEquals(-5, numbers.getCell(1).getNumericCellValue());
			assertEquals("—¹", numbers.getCell(2).getStringCellValue());
			XSSFSheet second = book.getSheetAt(2);
			assertNotEquals(sheet.getSheetName(), second.getSheetName());
			assertEquals("..-<script>alert('x')<-script>", second.getSheetName());
			assertEquals(String.join(", ", Reports.HOSTILE) + " (" + Reports.AT + ")",
					second.getRow(1).getCell(0).getStringCellValue(), "the items and the row's unit, read back exactly");
		}
	}
}
