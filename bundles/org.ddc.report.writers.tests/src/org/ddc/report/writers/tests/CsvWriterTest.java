package org.ddc.report.writers.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.ddc.report.write.ReportFormat;
import org.junit.jupiter.api.Test;

/** One RFC 4180 file per table, numbers as numbers with their units in header and labels. */
class CsvWriterTest {

	@Test
	void oneFilePerTableNamedByItsId() throws Exception {
		Map<String, byte[]> files = Reports.write(Reports.sample(), ReportFormat.CSV);
		assertEquals(List.of("csv/A-1.csv", "csv/placement.csv"), List.copyOf(files.keySet()));
	}

	@Test
	void resourceTableAsRecords() throws Exception {
		String csv = Reports.text(Reports.write(Reports.sample(), ReportFormat.CSV), "csv/A-1.csv");
		assertTrue(csv.endsWith("\r\n"));
		assertEquals(csv.split("\r\n", -1).length - 1, csv.split("\n", -1).length - 1, "every line ends with CRLF");
		List<List<String>> records = Csv.parse(csv);
		assertEquals(List.of(
				List.of("Requirement", "WEB-01", "SQL-01", "Total"),
				List.of("Application", "Intranet", "Database", ""),
				List.of("Memory (GB)", "4", "32", "36"),
				List.of("Disk (GB)", "80", "1.5 TB", ""),
				List.of("Subnets", "NET-WEB, NET-MGMT", "NET-DATA", "NET-WEB, NET-MGMT, NET-DATA"),
				List.of("Temperature delta (K)", "-5", "", ""),
				List.of("Total with peak buffer and growth (GB)", "6", "48", "54"),
				List.of("of which reserve (GB)", "1.25", "2", "3.25")), records);
		assertTrue(csv.contains("\"NET-WEB, NET-MGMT\""), "a field with a comma is quoted");
	}

	@Test
	void unitsPerColumnGoInTheHeader() throws Exception {
		List<List<String>> records = Csv.parse(
				Reports.text(Reports.write(Reports.sample(), ReportFormat.CSV), "csv/placement.csv"));
		assertEquals(List.of("Host", "Memory (GB)", "CPU (%)", "VMs"), records.get(0));
		assertEquals(List.of("HD-WEB-01", "255", "41.5", "4"), records.get(1));
	}
}
