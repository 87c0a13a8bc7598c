package org.ddc.report.writers.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.ddc.report.write.ReportFormat;
import org.ddc.report.write.ReportOutput;
import org.ddc.report.write.ReportOutputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report goes into its folder whole or not at all, and never over a file of the user's. */
class ReportOutputTest {
	@TempDir
	Path temp;

	private static ReportOutput.Content all() {
		return files -> {
			for (ReportFormat format : ReportFormat.values()) {
				format.writer().write(Reports.sample(), files);
			}
		};
	}

	/** Every file under the folder with its bytes, as text for readable failures. */
	private static Map<String, String> tree(Path folder) throws IOException {
		Map<String, String> tree = new TreeMap<>();
		if (!Files.exists(folder)) {
			return tree;
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path p : walk.toList()) {
				String name = folder.relativize(p).toString();
				tree.put(name, Files.isDirectory(p) ? "<folder>"
						: Integer.toHexString(java.util.Arrays.hashCode(Files.readAllBytes(p))));
			}
		}
		return tree;
	}

	@Test
	void writesEveryFileAndAMarkerIntoANewFolder() throws Exception {
		Path out = temp.resolve("reports/contoso");
		List<String> written = new ReportOutput(out, false).write(all());
		assertEquals(List.of("report.html", "report.md", "csv/A-1.csv", "csv/placement.csv", "report.xlsx"), written);
		for (String file : written) {
			assertTrue(Files.isRegularFile(out.resolve(file)), file);
		}
		String marker = Files.readString(out.resolve(ReportOutput.MARKER), StandardCharsets.UTF_8);
		assertEquals(List.of("report.html", "report.md", "csv/A-1.csv", "csv/placement.csv", "report.xlsx"),
				marker.lines().skip(1).toList());
		try (Stream<Path> list = Files.list(out)) {
			assertEquals(5, list.count(), "the files, csv/ and the marker; no staging folder left");
		}
	}

	@Test
	void aSecondReportReplacesTheFirstAndKeepsTheUsersOtherFiles() throws Exception {
		Path out = temp.resolve("out");
		new ReportOutput(out, false).write(all());
		Files.writeString(out.resolve("notes.txt"), "mine");
		new ReportOutput(out, false).write(files -> ReportFormat.HTML.writer().write(Reports.hostile(), files));
		assertEquals("mine", Files.readString(out.resolve("notes.txt")));
		assertTrue(Files.readString(out.resolve("report.html")).contains("&lt;script&gt;"), "the new report");
		assertFalse(Files.exists(out.resolve("report.md")), "the previous report's other files removed");
		assertFalse(Files.exists(out.resolve("csv")), "and their folder, now empty");
		assertEquals(java.util.Set.of("", ".ddc-report", "notes.txt", "report.html"), tree(out).keySet());
	}

	@Test
	void aReportOfOneDesignAfterOneOfSeveralLeavesNoEmptyFoldersBehind() throws Exception {
		Path out = temp.resolve("out");
		new ReportOutput(out, false).write(files -> {
			ReportFormat.CSV.writer().write(Reports.sample(), files.under("a"));
			ReportFormat.CSV.writer().write(Reports.sample(), files.under("b"));
		});
		assertTrue(Files.isRegularFile(out.resolve("b/csv/A-1.csv")));
		new ReportOutput(out, false).write(files -> ReportFormat.HTML.writer().write(Reports.sample(), files));
		assertEquals(java.util.Set.of("", ".ddc-report", "report.html"), tree(out).keySet());
	}

	@Test
	void aFileOfTheUsersInTheWayIsNeverOverwrittenWithoutForce() throws Exception {
		Path out = temp.resolve("out");
		Files.createDirectories(out.resolve("csv"));
		Files.writeString(out.resolve("report.html"), "my own page");
		Files.writeString(out.resolve("csv/A-1.csv"), "my own table");
		Map<String, String> before = tree(out);
		ReportOutputException refused = assertThrows(ReportOutputException.class,
				() -> new ReportOutput(out, false).write(all()));
		assertTrue(refused.getMessage().contains("report.html, csv/A-1.csv"), refused.getMessage());
		assertTrue(refused.getMessage().contains("--force"), refused.getMessage());
		assertEquals(before, tree(out), "the folder as it was");
		new ReportOutput(out, true).write(all());
		assertTrue(Files.readString(out.resolve("report.html")).startsWith("<!DOCTYPE html>"));
	}

	@Test
	void aMarkerThatIsNotDdcsIsRefused() throws Exception {
		Path out = temp.resolve("out");
		Files.createDirectories(out);
		Files.writeString(out.resolve(ReportOutput.MARKER), "report.html\n");
		Files.writeString(out.resolve("report.html"), "mine");
		assertThrows(ReportOutputException.class, () -> new ReportOutput(out, false).write(all()));
		assertEquals("mine", Files.readString(out.resolve("report.html")));
	}

	@Test
	void aFailureWhileWritingLeavesTheFolderAsItWas() throws Exception {
		Path out = temp.resolve("out");
		new ReportOutput(out, false).write(all());
		Files.writeString(out.resolve("notes.txt"), "mine");
		Map<String, String> before = tree(out);
		IOException failure = assertThrows(IOException.class, () -> new ReportOutput(out, false).write(files -> {
			ReportFormat.HTML.writer().write(Reports.hostile(), files);
			ReportFormat.CSV.writer().write(Reports.hostile(), files);
			try (OutputStream half = files.open("report.md")) {
				half.write("# half a report".getBytes(StandardCharsets.UTF_8));
				throw new IOException("disk full");
			}
		}));
		assertEquals("disk full", failure.getMessage());
		assertEquals(before, tree(out), "no file changed, none added, no staging folder left");
	}

	@Test
	void aFailureWhileMovingIntoPlaceUndoesEveryMove() throws Exception {
		Path out = temp.resolve("out");
		new ReportOutput(out, false).write(all());
		Map<String, String> before = tree(out);
		int[] moves = { 0 };
		ReportOutput.Mover failing = (from, to) -> {
			if (++moves[0] == 6) {
				throw new IOException("cannot move " + to.getFileName());
			}
			Files.move(from, to);
		};
		assertThrows(IOException.class,
				() -> new ReportOutput(out, false, failing).write(files -> ReportFormat.HTML.writer()
						.write(Reports.hostile(), files)));
		assertTrue(moves[0] >= 6, "the failure came after several files had moved");
		assertEquals(before, tree(out));
	}

	@Test
	void aFailureInANewFolderRemovesTheFolderAgain() throws Exception {
		Path out = temp.resolve("a/b/c");
		assertThrows(IOException.class, () -> new ReportOutput(out, false).write(files -> {
			files.open("report.html").close();
			throw new IOException("failed");
		}));
		assertFalse(Files.exists(temp.resolve("a")), "nothing left outside the report folder");
	}

	@Test
	void nothingIsWrittenThroughASymbolicLinkOutOfTheFolder() throws Exception {
		Path out = temp.resolve("out");
		Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
		Files.createDirectories(out);
		Files.createSymbolicLink(out.resolve("csv"), elsewhere);
		ReportOutputException refused = assertThrows(ReportOutputException.class,
				() -> new ReportOutput(out, true).write(all()));
		assertTrue(refused.getMessage().contains("symbolic link"), refused.getMessage());
		try (Stream<Path> list = Files.list(elsewhere)) {
			assertEquals(0, list.count());
		}
		assertFalse(Files.exists(out.resolve("report.html")));
	}

	@Test
	void aFileWhereTheFolderShouldBeIsAClearError() throws Exception {
		Path out = Files.writeString(temp.resolve("out"), "a file");
		ReportOutputException refused = assertThrows(ReportOutputException.class,
				() -> new ReportOutput(out, false).write(all()));
		assertTrue(refused.getMessage().endsWith("exists and is not a folder"), refused.getMessage());
	}
}
