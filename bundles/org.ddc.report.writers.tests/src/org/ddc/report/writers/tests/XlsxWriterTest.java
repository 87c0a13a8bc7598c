package org.ddc.report.writers.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ddc.report.model.Cell;
import org.ddc.report.model.Report;
import org.ddc.report.model.Row;
import org.ddc.report.model.Section;
import org.ddc.report.model.Table;
import org.ddc.report.write.XlsxWriter;
import org.junit.jupiter.api.Test;

/** The workbook read back with POI (in OSGi, as the tests run: XMLBeans finds its schemas there too). */
class XlsxWriterTest {

	private static XSSFWorkbook book(Report report) throws Exception {
		return new XSSFWorkbook(new ByteArrayInputStream(new XlsxWriter().bytes(report)));
	}

	@Test
	void oneSheetPerTableAfterTheContentsWithFrozenHeaderAndLabels() throws Exception {
		try (XSSFWorkbook book = book(Reports.sample())) {
			List<String> names = new ArrayList<>();
			book.forEach(sheet -> names.add(sheet.getSheetName()));
			assertEquals(List.of("Contents", "A-1", "placement"), names);
			for (String name : List.of("A-1", "placement")) {
				PaneInformation pane = book.getSheet(name).getPaneInformation();
				assertTrue(pane.isFreezePane(), name);
				assertEquals(1, pane.getHorizontalSplitPosition(), "first column frozen");
				assertEquals(1, pane.getVerticalSplitPosition(), "header row frozen");
			}
			XSSFSheet contents = book.getSheet("Contents");
			assertEquals("contoso — Dynamic Datacenter design", contents.getRow(0).getCell(0).getStringCellValue());
			assertEquals("A-1", contents.getRow(5).getCell(0).getStringCellValue());
			assertEquals("'A-1'!A1", contents.getRow(5).getCell(0).getHyperlink().getAddress());
			assertEquals("Table A-1. Resource Requirements", contents.getRow(5).getCell(1).getStringCellValue());
		}
	}

	@Test
	void numbersAreNumericWithTheirUnitInTheRowLabelOrTheHeader() throws Exception {
		try (XSSFWorkbook book = book(Reports.sample())) {
			XSSFSheet a1 = book.getSheet("A-1");
			assertEquals(List.of("Requirement", "WEB-01", "SQL-01", "Total"), texts(a1.getRow(0), 4));
			XSSFRow memory = a1.getRow(2);
			assertEquals("Memory (GB)", memory.getCell(0).getStringCellValue());
			assertEquals(CellType.NUMERIC, memory.getCell(1).getCellType());
			assertEquals(4, memory.getCell(1).getNumericCellValue());
			assertEquals(36, memory.getCell(3).getNumericCellValue());
			assertEquals("#,##0", memory.getCell(1).getCellStyle().getDataFormatString());
			XSSFRow disk = a1.getRow(3);
			assertEquals(CellType.NUMERIC, disk.getCell(2).getCellType(), "1.5 TB in a GB row: still a number");
			assertEquals(1.5, disk.getCell(2).getNumericCellValue());
			assertEquals("#,##0.0# \"TB\"", disk.getCell(2).getCellStyle().getDataFormatString(),
					"its unit shown by the number format");
			assertEquals("—²", disk.getCell(3).getStringCellValue());
			XSSFRow detail = a1.getRow(7);
			assertEquals(2, detail.getCell(0).getCellStyle().getIndention(), "detail rows indented");
			assertEquals(1.25, detail.getCell(1).getNumericCellValue());
			assertTrue(book.getFontAt(a1.getRow(6).getCell(1).getCellStyle().getFontIndex()).getBold(), "totals bold");
			assertTrue(book.getFontAt(a1.getRow(5).getCell(0).getCellStyle().getFontIndex()).getItalic(),
					"derived rows in italics");
			assertEquals("Table A-1. Resource Requirements", a1.getRow(9).getCell(0).getStringCellValue(),
					"title under the table after a blank row");
			assertEquals("Source: Dynamic Datacenter guide, Appendix A, Table A-1 (L537)",
					a1.getRow(10).getCell(0).getStringCellValue());
			XSSFSheet hosts = book.getSheet("placement");
			assertEquals(List.of("Host", "Memory (GB)", "CPU (%)", "VMs"), texts(hosts.getRow(0), 4));
			assertEquals(41.5, hosts.getRow(1).getCell(2).getNumericCellValue());
			assertEquals(4, hosts.getRow(1).getCell(3).getNumericCellValue());
			assertTrue(hosts.getColumnWidth(0) >= 8 * 256, "columns sized to their text");
		}
	}

	private static List<String> texts(XSSFRow row, int n) {
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			texts.add(row.getCell(i).getStringCellValue());
		}
		return texts;
	}

	@Test
	void sheetNamesAreLegalShortAndUnique() throws Exception {
		List<Section> sections = new ArrayList<>();
		for (String id : List.of("History", "a:b/c?d*e[f]g\\h", "'quoted'", "Contents",
				"a very long table id that Excel would refuse as a sheet name", "A-1", "a-1", "")) {
			sections.add(new Section("s" + sections.size(), id, List.of(table(id, 2))));
		}
		try (XSSFWorkbook book = book(new Report("t", "d", List.of(), sections))) {
			List<String> names = new ArrayList<>();
			book.forEach(sheet -> names.add(sheet.getSheetName()));
			assertEquals(List.of("Contents", "History table", "a-b-c-d-e-f-g-h", "quoted", "Contents (2)",
					"a very long table id that Excel", "A-1", "a-1 (2)", "table"), names);
		}
	}

	@Test
	void aTableWiderThanASheetContinuesOnTheNextWithItsLabels() throws Exception {
		int columns = 16_384 + 10;
		try (XSSFWorkbook book = book(new Report("t", "d", List.of(),
				List.of(new Section("wide", "wide", List.of(table("A-1", columns))))))) {
			assertEquals(3, book.getNumberOfSheets());
			XSSFSheet first = book.getSheetAt(1);
			XSSFSheet second = book.getSheetAt(2);
			assertEquals("A-1 1 of 2", first.getSheetName());
			assertEquals("A-1 2 of 2", second.getSheetName());
			assertEquals(16_384, first.getRow(0).getLastCellNum());
			assertEquals("c16383", first.getRow(0).getCell(16_383).getStringCellValue());
			assertEquals("label", second.getRow(0).getCell(0).getStringCellValue());
			assertEquals("c16384", second.getRow(0).getCell(1).getStringCellValue());
			assertEquals(columns - 1 - 16_383 + 1, second.getRow(1).getLastCellNum());
			assertEquals(columns - 1, second.getRow(1).getCell(10).getNumericCellValue());
		}
	}

	/** A table with one header row of "label", "c1" … and one row of numbers 1 …. */
	private static Table table(String id, int columns) {
		List<String> header = new ArrayList<>();
		List<Cell> cells = new ArrayList<>();
		header.add("label");
		cells.add(Cell.text("row"));
		for (int i = 1; i < columns; i++) {
			header.add("c" + i);
			cells.add(Cell.number(i, null, String.valueOf(i)));
		}
		return new Table(id, id, "", header, Collections.nCopies(columns, null),
				List.of(new Row(cells, Row.Kind.GUIDE, null)), List.of());
	}
}
