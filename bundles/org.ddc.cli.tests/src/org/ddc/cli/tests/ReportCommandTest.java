package org.ddc.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.ddc.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ddc report}: the files it writes and prints, formats, exit codes, and a folder never half-written. */
class ReportCommandTest {
	@TempDir
	Path temp;

	private static String contoso() {
		return Cli.EXAMPLES.resolve("contoso").toString();
	}

	@Test
	void writesEveryFormatAndPrintsTheFiles() throws Exception {
		Path out = temp.resolve("contoso-report");
		Cli.Result result = Cli.run("report", contoso(), "--out", out.toString());
		assertEquals(ExitCode.OK, result.exitCode(), result.all());
		List<String> lines = result.out().lines().toList();
		assertEquals(out.resolve("report.html").toString(), lines.get(0));
		assertEquals(out.resolve("report.md").toString(), lines.get(1));
		assertTrue(lines.contains(out.resolve("csv/A-1.csv").toString()), result.out());
		assertTrue(lines.contains(out.resolve("report.xlsx").toString()), result.out());
		assertTrue(lines.get(lines.size() - 1).matches("\\d+ files written; the design: 0 errors, .*"), result.out());
		for (String line : lines.subList(0, lines.size() - 1)) {
			assertTrue(Files.isRegularFile(Path.of(line)), line);
		}
		String html = Files.readString(out.resolve("report.html"));
		assertTrue(html.contains("<caption class=\"repeat\">Table A-1. Resource Requirements</caption>"));
		assertTrue(Files.readString(out.resolve("csv/A-1.csv")).startsWith("Resource,SP-WFE,"),
				"the A-1 table's header: the guide's corner label, then a column per workload");
	}

	@Test
	void chosenFormatsOnly() throws Exception {
		Path out = temp.resolve("md-only");
		Cli.Result result = Cli.run("report", contoso(), "-o", out.toString(), "--format", "md,HTML");
		assertEquals(ExitCode.OK, result.exitCode(), result.all());
		try (Stream<Path> files = Files.list(out)) {
			assertEquals(List.of(".ddc-report", "diagrams", "report.html", "report.md"),
					files.map(p -> p.getFileName().toString()).sorted().toList());
		}
		// the Markdown report's diagrams, as SVG files next to it
		try (Stream<Path> files = Files.list(out.resolve("diagrams"))) {
			assertEquals(List.of("network.svg", "rack.svg", "storage.svg"),
					files.map(p -> p.getFileName().toString()).sorted().toList());
		}
	}

	@Test
	void anUnknownFormatIsAUsageError() {
		Cli.Result result = Cli.run("report", contoso(), "--out", temp.resolve("x").toString(), "--format", "pdf");
		assertEquals(ExitCode.USAGE, result.exitCode());
		assertTrue(result.err().contains("unknown report format 'pdf': use html, md, csv, xlsx"), result.err());
		assertFalse(Files.exists(temp.resolve("x")));
	}

	@Test
	void aDesignWithErrorsGetsItsReportAndExitOne() throws Exception {
		Path out = temp.resolve("broken");
		Cli.Result result = Cli.run("report", Cli.EXAMPLES.resolve("broken").toString(), "--out", out.toString(),
				"--format", "html");
		assertEquals(ExitCode.FINDINGS, result.exitCode(), result.all());
		assertTrue(Files.isRegularFile(out.resolve("report.html")));
		assertFalse(Cli.hasStackTrace(result.all()), result.all());
	}

	@Test
	void severalDesignsGetAFolderEach() throws Exception {
		Path out = temp.resolve("all");
		Cli.Result result = Cli.run("report", Cli.EXAMPLES.toString(), "--out", out.toString(), "--format", "html");
		assertEquals(ExitCode.FINDINGS, result.exitCode(), "broken and ipd-sample have errors: " + result.all());
		try (Stream<Path> pages = Files.walk(out)) {
			assertEquals(3, pages.filter(p -> p.getFileName().toString().equals("report.html")).count(),
					result.out());
		}
	}

	@Test
	void aFileOfTheUsersIsNotOverwritten() throws Exception {
		Path out = Files.createDirectories(temp.resolve("mine"));
		Files.writeString(out.resolve("report.md"), "my notes");
		Cli.Result result = Cli.run("report", contoso(), "--out", out.toString());
		assertEquals(ExitCode.USAGE, result.exitCode());
		assertTrue(result.err().contains("holds files that are not from a ddc report and would be overwritten: "
				+ "report.md; choose another folder, or use --force to overwrite them"), result.err());
		assertEquals("my notes", Files.readString(out.resolve("report.md")));
		try (Stream<Path> files = Files.list(out)) {
			assertEquals(1, files.count(), "nothing written");
		}
		assertEquals(ExitCode.OK, Cli.run("report", contoso(), "--out", out.toString(), "--force").exitCode());
		assertTrue(Files.readString(out.resolve("report.md")).startsWith("# "));
	}

	@Test
	void twoRunsWriteTheSameBytes() throws Exception {
		Path first = temp.resolve("first");
		Path second = temp.resolve("second");
		assertEquals(ExitCode.OK, Cli.run("report", contoso(), "--out", first.toString()).exitCode());
		assertEquals(ExitCode.OK, Cli.run("report", contoso(), "--out", second.toString()).exitCode());
		Map<String, byte[]> a = files(first);
		Map<String, byte[]> b = files(second);
		assertEquals(a.keySet(), b.keySet());
		for (String file : a.keySet()) {
			assertArrayEquals(a.get(file), b.get(file), file);
		}
	}

	private static Map<String, byte[]> files(Path folder) throws Exception {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path p : walk.filter(Files::isRegularFile).toList()) {
				files.put(folder.relativize(p).toString(), Files.readAllBytes(p));
			}
		}
		return files;
	}
}
