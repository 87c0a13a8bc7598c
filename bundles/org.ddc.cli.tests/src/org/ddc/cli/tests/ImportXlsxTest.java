package org.ddc.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ddc.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ddc import} of Table A-1 from an XLSX workbook (written here with Apache POI, as spreadsheets save it). */
class ImportXlsxTest {
	@TempDir
	Path temp;

	/** A row of cells: numbers stay numbers, strings strings, null an empty cell. */
	private static void row(Sheet sheet, Object... cells) {
		Row row = sheet.createRow(sheet.getPhysicalNumberOfRows());
		for (int i = 0; i < cells.length; i++) {
			if (cells[i] instanceof Number number) {
				row.createCell(i).setCellValue(number.doubleValue());
			} else if (cells[i] != null) {
				row.createCell(i).setCellValue(cells[i].toString());
			}
		}
	}

	private Path save(XSSFWorkbook workbook, String name) throws IOException {
		Path file = temp.resolve(name);
		try (OutputStream out = Files.newOutputStream(file)) {
			workbook.write(out);
		}
		workbook.close();
		return file;
	}

	@Test
	void theTableA1Sheet_isFound_numbersTakeTheUnitOfTheirLabel_andPercentCellsArePercent() throws IOException {
		XSSFWorkbook workbook = new XSSFWorkbook();
		row(workbook.createSheet("Notes"), "Inventory of 2025, see the A-1 sheet");
		Sheet a1 = workbook.createSheet("A-1");
		row(a1, "Resource", "WEB", "SQL", "Total");
		row(a1, "Application name", "Intranet", "=HYPERLINK(\"http://evil.example\",\"db\")", null);
		row(a1, "Memory (GB)", 16, 32, 48);
		row(a1, "CPU utilization", 0.1, 0.15, 0.25);
		CellStyle percent = workbook.createCellStyle();
		percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
		for (int column = 1; column <= 3; column++) {
			a1.getRow(3).getCell(column).setCellStyle(percent);
		}
		row(a1, "Disk space required", "160 GB", "1 TB", null);
		row(a1, "Disk IOps", 300, 1500, 1800);
		row(a1, "Network throughput (Mbps)", 400, 500, 900);
		row(a1, "Virtualization supported", true, true, null);
		a1.getRow(7).createCell(1).setCellValue(true);
		a1.getRow(7).createCell(2).setCellValue(false);
		row(a1, "VM instances", 2, 1, 3);
		Path file = save(workbook, "inventory.xlsx");
		Path out = temp.resolve("w.ddc");
		Cli.Result result = Cli.run("import", file.toString(), "-o", out.toString());
		assertEquals(ExitCode.OK, result.exitCode(), result.all());
		assertEquals("wrote " + out + ": 2 workloads from Table A-1 of " + file
				+ " (the guide's layout, one column per workload)\n", result.out());
		assertEquals("""
				workload WEB {
				\tapplication "Intranet"
				\tinstances 2
				\tmemory 8 GB
				\tcpu 5 %
				\tdisk 80 GB
				\tiops 150 IOPS
				\tthroughput 200 Mbps
				\tvirtualization-supported yes
				}

				workload SQL {
				\tapplication "=HYPERLINK(\\"http://evil.example\\",\\"db\\")"
				\tmemory 32 GB
				\tcpu 15 %
				\tdisk 1 TB
				\tiops 1500 IOPS
				\tthroughput 500 Mbps
				\tvirtualization-supported no
				}
				""", Files.readString(out));
	}

	@Test
	void cellsMarkedEmptyWithADash_andTheNotesUnderTheTable_areNoData() throws IOException {
		// as ddc's report writes a sheet: a title, empty cells as "—" with the number of the note saying why, the
		// notes under the table
		XSSFWorkbook workbook = new XSSFWorkbook();
		Sheet a1 = workbook.createSheet("A-1");
		row(a1, "Table A-1. Resource Requirements");
		row(a1, "Resource", "WEB", "APP", "Total");
		row(a1, "Application name", "Web", "\u2014\u00b9", "\u2014\u00b2");
		row(a1, "Memory (GB)", 4, 2, 6);
		row(a1, "Disk IOps (IOPS)", "\u2014", "-", 0);
		row(a1);
		row(a1, "\u2014\u00b9 not stated in the design");
		row(a1, "\u2014\u00b2 not a quantity: no total");
		Path file = save(workbook, "report.xlsx");
		Path out = temp.resolve("w.ddc");
		Cli.Result result = Cli.run("import", file.toString(), "-o", out.toString());
		assertEquals(ExitCode.OK, result.exitCode(), result.all());
		assertEquals("wrote " + out + ": 2 workloads from Table A-1 of " + file
				+ " (the guide's layout, one column per workload)\n", result.out(), "the notes are not reported");
		assertEquals("""
				workload WEB {
				\tapplication "Web"
				\tmemory 4 GB
				}

				workload APP {
				\tmemory 2 GB
				}
				""", Files.readString(out));
	}

	@Test
	void badCells_areNamedFileSheetCell() throws IOException {
		XSSFWorkbook workbook = new XSSFWorkbook();
		Sheet sheet = workbook.createSheet("Workloads");
		row(sheet, "Workload", "Memory", "CPU utilization (%)", "Fault-tolerance approach");
		row(sheet, "WEB", 16, 5, "Cluster");
		row(sheet, "APP", "4 GHz", 10, "Load Balancing");
		Path file = save(workbook, "bad.xlsx");
		Path out = temp.resolve("w.ddc");
		Cli.Result result = Cli.run("import", file.toString(), "-o", out.toString());
		assertEquals(ExitCode.FINDINGS, result.exitCode(), result.all());
		String f = file + "!Workloads!";
		assertEquals(List.of(
				f + "B2: '16' has no unit: write a data size such as '4 GB' (KB, MB, GB or TB), or name the unit in the "
						+ "label, e.g. 'Memory (GB)'",
				f + "D2: 'Cluster' is not one of the guide's fault-tolerance approaches ('Cluster' does not say which "
						+ "clustering): write Load Balancing, Virtual Machine-Level Clustering, Host-Level Clustering, "
						+ "Application-Level Fault Tolerance or Not applicable",
				f + "B3: 'GHz' is not a unit of data size: use KB, MB, GB or TB",
				"3 errors in Table A-1; " + out + " was not written"), result.err().lines().toList());
		assertFalse(Files.exists(out));
	}

	@Test
	void aFileThatIsNoWorkbook_orASheetThatIsMissing_isAUsageError() throws IOException {
		Path out = temp.resolve("w.ddc");
		assertEquals("ddc import: cannot read " + temp.resolve("none.xlsx") + " (no such file)\n",
				Cli.run("import", temp.resolve("none.xlsx").toString(), "-o", out.toString()).err());
		Path fake = Files.writeString(temp.resolve("fake.xlsx"), "Resource,WEB\nMemory,4 GB\n");
		Cli.Result result = Cli.run("import", fake.toString(), "-o", out.toString());
		assertEquals(ExitCode.USAGE, result.exitCode(), result.all());
		assertTrue(result.err().startsWith("ddc import: " + fake + ": not an XLSX workbook"), result.err());
		assertFalse(Cli.hasStackTrace(result.all()));

		XSSFWorkbook workbook = new XSSFWorkbook();
		row(workbook.createSheet("One"), "Resource", "WEB");
		workbook.createSheet("Two");
		Path file = save(workbook, "two.xlsx");
		assertEquals("ddc import: " + file + ": no sheet 'A-1'; the sheets are One, Two\n",
				Cli.run("import", file.toString(), "-o", out.toString(), "--sheet", "A-1").err());
		assertEquals("ddc import: " + file + "!One, " + file + "!Two: no Table A-1 in these sheets: neither the first "
				+ "column nor a row holds its labels (Application name, Memory, CPU utilization, …)\n",
				Cli.run("import", file.toString(), "-o", out.toString()).err());
		assertFalse(Files.exists(out));
	}
}
