package org.ddc.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.ddc.cli.ExitCode;
import org.ddc.dsl.DdcStandaloneSetup;
import org.ddc.templates.DesignName;
import org.ddc.templates.StarterDesign;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code ddc new}: the starter design, its checks and how it is written. */
class NewCommandTest {
	private static final List<String> FILES = List.of("ddc.properties", "design.ddc", "1-workloads.ddc",
			"2-hosts.ddc", "3-management.ddc", "4-storage.ddc", "5-network.ddc", "6-racks.ddc");

	@TempDir
	Path temp;

	private static String summary(Cli.Result result) {
		return result.out().lines().reduce((first, second) -> second).orElse("");
	}

	/** Validates and analyzes a folder: no errors, no warnings, every cluster survives its N+k. */
	private static void assertClean(Path folder) {
		Cli.Result validate = Cli.run("validate", folder.toString());
		assertEquals(ExitCode.OK, validate.exitCode(), validate.all());
		assertTrue(summary(validate).startsWith("0 errors, 0 warnings"), validate.out());
		Cli.Result analyze = Cli.run("analyze", folder.toString());
		assertEquals(ExitCode.OK, analyze.exitCode(), analyze.all());
		List<String> clusters = analyze.out().lines().filter(l -> l.startsWith("  cluster ")).toList();
		assertFalse(clusters.isEmpty(), analyze.out());
		for (String cluster : clusters) {
			assertTrue(cluster.contains("survives any"), cluster);
		}
		assertTrue(analyze.out().contains(", 0 short"), analyze.out());
	}

	@Test
	void writesOneCommentedFilePerStep_thatValidateWithoutErrorsOrWarnings_andEveryClusterSurvives()
			throws IOException {
		Path folder = temp.resolve("fabrikam");
		Cli.Result result = Cli.run("new", "Fabrikam", "-o", folder.toString());
		assertEquals(ExitCode.OK, result.exitCode(), result.all());
		assertTrue(result.out().startsWith("created design Fabrikam in " + folder + ": ddc.properties, design.ddc, "),
				result.out());
		try (Stream<Path> written = Files.list(folder)) {
			assertEquals(FILES.stream().sorted().toList(),
					written.map(p -> p.getFileName().toString()).sorted().toList());
		}
		String header = Files.readString(folder.resolve("design.ddc"));
		assertTrue(header.contains("\ndesign Fabrikam {\n"), header);
		assertTrue(header.contains("platform hyperv-2012-r2") && header.contains("failover-reserve N + 1"), header);
		String hosts = Files.readString(folder.resolve("2-hosts.ddc"));
		assertTrue(hosts.contains("host-design FABRIKAM-HD-01 {") && hosts.contains("Table A-3"), hosts);
		for (String file : FILES.subList(1, FILES.size())) {
			assertFalse(Files.readString(folder.resolve(file)).contains("{{"), file + " has a placeholder left");
		}
		assertClean(folder);
		assertNoTemporaryFolder(temp);
	}

	@Test
	void theNameIsQuotedWhenItIsNoIdentifier_andGivesAnAsciiPrefix() throws IOException {
		Path folder = temp.resolve("zurich");
		Cli.Result result = Cli.run("new", "  Zürich Lab 2 ", "-o", folder.toString());
		assertEquals(ExitCode.OK, result.exitCode(), result.all());
		assertTrue(Files.readString(folder.resolve("design.ddc")).contains("\ndesign \"Zürich Lab 2\" {\n"));
		assertTrue(Files.readString(folder.resolve("1-workloads.ddc")).contains("workload ZURICH-LAB-2-WEB {"));
		assertClean(folder);
	}

	@Test
	void prefixes_areCapitalAsciiWordsStartingWithALetter() {
		assertEquals("CONTOSO", DesignName.prefix("Contoso Dynamic Datacenter"));
		assertEquals("A-B-C", DesignName.prefix("a b c"));
		assertEquals("LAB", DesignName.prefix("2025 lab"));
		assertEquals("ZURICH", DesignName.prefix("Zürich"));
		assertEquals("DC", DesignName.prefix("日本"));
		assertEquals("ABCDEFGHIJKL", DesignName.prefix("abcdefghijklmnop"));
		assertEquals("WEST-DC", DesignName.prefix("West-DC"));
	}

	@Test
	void otherPolicies_getTheHostsTheAnalysisAsksFor_andStayWithoutErrorsOrWarnings() throws IOException {
		StarterDesign starter = DdcStandaloneSetup.injector().getInstance(StarterDesign.class);
		// a larger reserve and much more growth: more hosts than the two plus the reserve the starter begins with
		Map<String, String> files = starter.files("Lab", new StarterDesign.Settings("hyperv-2008-r2", 50, 150, 2));
		Path folder = Files.createDirectories(temp.resolve("lab"));
		for (Map.Entry<String, String> file : files.entrySet()) {
			Files.writeString(folder.resolve(file.getKey()), file.getValue());
		}
		// 72 GB of VMs x 1.5 x 2.5 = 270 GB on hosts of 128 GB less 4 GB: SQL 120 GB | APP 60 + WEB 30 + FILE
		// 30 GB | WEB 30 GB (the two WEB instances apart) is 3 hosts, and N + 2 adds 2
		assertTrue(files.get("2-hosts.ddc").contains("\tquantity 5 "), files.get("2-hosts.ddc"));
		assertTrue(files.get("2-hosts.ddc").contains("placement LAB-R01 at U 1 count 3\n"));
		assertClean(folder);
	}

	@Test
	void existingFiles_areNeverOverwritten_andNothingIsWritten() throws IOException {
		Path folder = Files.createDirectories(temp.resolve("mine"));
		Files.writeString(folder.resolve("2-hosts.ddc"), "// my hosts\n");
		Cli.Result result = Cli.run("new", "Mine", "-o", folder.toString());
		assertEquals(ExitCode.USAGE, result.exitCode());
		assertEquals("ddc new: " + folder.resolve("2-hosts.ddc") + " exists; ddc new never overwrites files: "
				+ "choose another folder with -o\n", result.err());
		assertEquals("// my hosts\n", Files.readString(folder.resolve("2-hosts.ddc")));
		try (Stream<Path> left = Files.list(folder)) {
			assertEquals(1, left.count(), "nothing else was written");
		}
	}

	@Test
	void aFolderHoldingAnotherDesignsFiles_isRefused() throws IOException {
		Path folder = Files.createDirectories(temp.resolve("other/sub"));
		Files.writeString(folder.resolve("old.ddc"), "design Old { }\n");
		Cli.Result result = Cli.run("new", "New", "-o", temp.resolve("other").toString());
		assertEquals(ExitCode.USAGE, result.exitCode());
		assertTrue(result.err().contains("holds .ddc files already (" + folder.resolve("old.ddc") + ")"),
				result.err());
		assertFalse(Files.exists(temp.resolve("other/design.ddc")));
	}

	@Test
	void anEmptyExistingFolder_getsTheFiles() throws IOException {
		Path folder = Files.createDirectories(temp.resolve("empty"));
		assertEquals(ExitCode.OK, Cli.run("new", "Empty", "-o", folder.toString()).exitCode());
		assertTrue(Files.isRegularFile(folder.resolve("6-racks.ddc")));
		assertNoTemporaryFolder(folder);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "a.b", "x/y", "back\\slash", "what?", "tab\there", "line\nbreak",
			"bidi\u202Eoverride", "0123456789012345678901234567890123456789012345678901234567890123456789" })
	void unusableNames_areRefusedWithTheReason_andNothingIsWritten(String name) throws IOException {
		Path folder = temp.resolve("bad");
		Cli.Result result = Cli.run("new", name, "-o", folder.toString());
		assertEquals(ExitCode.USAGE, result.exitCode(), result.all());
		assertTrue(result.err().startsWith("ddc new: the design name "), result.err());
		assertEquals(1, result.err().lines().count(), "one line: " + result.err());
		assertFalse(Files.exists(folder));
		assertFalse(Cli.hasStackTrace(result.all()));
	}

	@Test
	void aFileWhereTheFolderShouldBe_isAUsageError() throws IOException {
		Path file = Files.writeString(temp.resolve("file"), "x");
		Cli.Result result = Cli.run("new", "X", "-o", file.toString());
		assertEquals(ExitCode.USAGE, result.exitCode());
		assertTrue(result.err().contains("exists and is not a folder"), result.err());
	}

	private static void assertNoTemporaryFolder(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(List.of(), files.filter(p -> p.getFileName().toString().startsWith(".ddc-new-")).toList());
		}
	}
}
