package org.ddc.report.writers.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.ddc.report.write.XlsxWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same report gives the same bytes in every format, the workbook included. */
class DeterminismTest {
	@TempDir
	Path temp;

	@Test
	void twoRunsGiveIdenticalFilesInEveryFormat() throws Exception {
		for (var report : java.util.List.of(Reports.sample(), Reports.hostile())) {
			Map<String, byte[]> first = Reports.write(report);
			Map<String, byte[]> second = Reports.write(report);
			assertEquals(first.keySet(), second.keySet());
			for (String file : first.keySet()) {
				assertArrayEquals(first.get(file), second.get(file), file);
			}
		}
	}

	@Test
	void theWorkbookCarriesNoTimeOfWriting() throws Exception {
		Path workbook = Files.write(temp.resolve("report.xlsx"), Reports.write(Reports.sample()).get(XlsxWriter.FILE));
		try (ZipFile zip = new ZipFile(workbook.toFile())) {
			List<? extends ZipEntry> entries = Collections.list(zip.entries());
			for (ZipEntry entry : entries) {
				assertEquals(LocalDateTime.of(1980, 1, 1, 0, 0), entry.getTimeLocal(), entry.getName());
			}
			String core = new String(zip.getInputStream(zip.getEntry("docProps/core.xml")).readAllBytes(),
					StandardCharsets.UTF_8);
			assertFalse(core.contains("created"), core);
			assertFalse(core.contains("modified"), core);
			assertTrue(entries.size() >= 10, "content types, relations, properties, workbook, styles, 3 sheets");
		}
	}
}
