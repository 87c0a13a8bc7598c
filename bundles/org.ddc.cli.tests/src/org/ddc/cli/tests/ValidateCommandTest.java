package org.ddc.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ddc.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class ValidateCommandTest {
	private static final Pattern FINDING_LINE = Pattern
			.compile("(.+):(\\d+):(\\d+): (error|warning|info): \\[([A-Z0-9-]+)\\] (.+)");
	private static final Pattern EXPECT_COMMENT = Pattern
			.compile("//\\s*expect:\\s*([A-Z]+-[A-Z0-9-]+(?:\\s*,\\s*[A-Z]+-[A-Z0-9-]+)*)");

	@TempDir
	Path temp;

	@Test
	void contosoExample_hasNoErrors_andExitsZero() {
		Cli.Result result = Cli.run("validate", Cli.EXAMPLES.resolve("contoso/contoso.ddc").toString());
		assertEquals(ExitCode.OK, result.exitCode(), result.all());
		assertTrue(result.out().contains("0 errors"), result.out());
	}

	@Test
	void examplesFolder_isThreeDesigns_withTheFindingsOfEachExampleAlone() {
		Cli.Result all = Cli.run("validate", Cli.EXAMPLES.toString());
		StringBuilder separately = new StringBuilder();
		for (String example : new String[] { "broken", "contoso", "ipd-sample" }) {
			String out = Cli.run("validate", Cli.EXAMPLES.resolve(example).toString()).out();
			separately.append(out, 0, out.lastIndexOf('\n', out.length() - 2) + 1);
		}
		String findings = all.out().substring(0, all.out().lastIndexOf('\n', all.out().length() - 2) + 1);
		assertEquals(separately.toString(), findings, "each folder with a ddc.properties is a design of its own");
		assertTrue(all.out().contains(" in 3 files"), all.out());
	}

	@Test
	void designRoot_holdsEveryFileBelowIt_butNotTheFilesOfANestedDesign() throws IOException {
		Path root = temp.resolve("dc");
		Files.createDirectories(root.resolve("lab"));
		Files.writeString(root.resolve("ddc.properties"), "rule.IPD-5-14 = off\n");
		Files.writeString(root.resolve("design.ddc"), "design DC { platform hyperv-2012-r2 }\n");
		Files.writeString(root.resolve("net.ddc"), "subnet NET-A { cidr \"10.0.0.0/24\" }\n");
		// a nested design declares the same names: no clash, because it is validated on its own
		Files.writeString(root.resolve("lab/ddc.properties"), "");
		Files.writeString(root.resolve("lab/design.ddc"),
				"design DC { platform hyperv-2012-r2 }\nsubnet NET-A { cidr \"10.1.0.0/24\" }\n");
		Cli.Result result = Cli.run("validate", root.toString());
		assertFalse(result.out().contains("DDC-DUPLICATE-NAME"), result.out());
		assertTrue(result.out().endsWith("in 3 files\n"), result.out());
		// the outer design alone: a reference into the nested design does not resolve
		Files.writeString(root.resolve("net.ddc"), "subnet NET-A { cidr \"10.0.0.0/24\" }\nswitch SW-1 { ports 24 }\n");
		Files.writeString(root.resolve("lab/design.ddc"),
				"design DC { platform hyperv-2012-r2 }\nsubnet NET-B { cidr \"10.1.0.0/24\" switches SW-1 }\n");
		Cli.Result nested = Cli.run("validate", root.toString());
		assertTrue(nested.out().contains("lab/design.ddc:2:") && nested.out().contains("unknown switch 'SW-1'"),
				nested.out());
	}

	@Test
	void brokenExample_reportsEveryCommentedFinding_andEveryErrorIsCommented() throws IOException {
		Path broken = Cli.EXAMPLES.resolve("broken/broken.ddc");
		Set<String> expected = new TreeSet<>();
		int lineNumber = 0;
		for (String line : Files.readAllLines(broken)) {
			lineNumber++;
			Matcher matcher = EXPECT_COMMENT.matcher(line);
			if (matcher.find()) {
				for (String id : matcher.group(1).split("\\s*,\\s*")) {
					expected.add(lineNumber + " " + id);
				}
			}
		}
		Cli.Result result = Cli.run("validate", broken.toString());
		assertEquals(ExitCode.FINDINGS, result.exitCode());
		Set<String> actual = new TreeSet<>();
		Set<String> errors = new TreeSet<>();
		Set<String> ids = new TreeSet<>();
		String[] lines = result.out().split("\n");
		for (int i = 0; i < lines.length - 1; i++) {
			Matcher matcher = FINDING_LINE.matcher(lines[i]);
			assertTrue(matcher.matches(), "not in path:line:column: severity: [ID] message form: " + lines[i]);
			actual.add(matcher.group(2) + " " + matcher.group(5));
			ids.add(matcher.group(5));
			if (matcher.group(4).equals("error")) {
				errors.add(matcher.group(2) + " " + matcher.group(5));
			}
		}
		assertTrue(expected.size() >= 25, "broken.ddc documents its findings with '// expect:' comments");
		Set<String> missing = new TreeSet<>(expected);
		missing.removeAll(actual);
		assertEquals(Set.of(), missing, "commented but not reported");
		Set<String> unexpectedErrors = new TreeSet<>(errors);
		unexpectedErrors.removeAll(expected);
		assertEquals(Set.of(), unexpectedErrors, "errors without an '// expect:' comment");
		assertTrue(ids.stream().filter(id -> id.startsWith("IPD-")).count() >= 40,
				"broken.ddc shows a broad spread of planning-guide rules: " + ids);
		assertTrue(lines[lines.length - 1].matches(
				"\\d+ errors?, \\d+ warnings?, \\d+ infos? in 1 file; 1 check not run"), lines[lines.length - 1]);
	}

	@Test
	void failOn_setsTheLeastSeriousFindingThatFails_contosoHasInfosOnly() {
		String contoso = Cli.EXAMPLES.resolve("contoso/contoso.ddc").toString();
		assertEquals(ExitCode.OK, Cli.run("validate", contoso).exitCode());
		assertEquals(ExitCode.OK, Cli.run("validate", "--fail-on", "error", contoso).exitCode());
		assertEquals(ExitCode.OK, Cli.run("validate", "--fail-on", "warning", contoso).exitCode());
		Cli.Result info = Cli.run("validate", "--fail-on", "info", contoso);
		assertEquals(ExitCode.FINDINGS, info.exitCode(), info.out());
		assertTrue(info.out().endsWith("0 errors, 0 warnings, 5 infos in 1 file\n"), info.out());
	}

	@Test
	void failOnWarning_failsOnAWarning_butNotOnASuppressedOne() throws IOException {
		String contoso = Files.readString(Cli.EXAMPLES.resolve("contoso/contoso.ddc"), StandardCharsets.UTF_8)
				.replace("design \"Contoso Dynamic Datacenter\" {", "design \"Contoso Dynamic Datacenter\" { rules { IPD-3-32 warning }");
		Path warned = write("warned.ddc", contoso);
		assertEquals(ExitCode.OK, Cli.run("validate", warned.toString()).exitCode());
		Cli.Result failed = Cli.run("validate", "--fail-on", "warning", warned.toString());
		assertEquals(ExitCode.FINDINGS, failed.exitCode(), failed.out());
		assertTrue(failed.out().contains("warning: [IPD-3-32]"), failed.out());
		Path suppressed = write("suppressed.ddc", contoso.replace("configmgr-site CON-CM-P01 {",
				"// suppress IPD-3-32: the site is sized for the guest VMs too\nconfigmgr-site CON-CM-P01 {"));
		Cli.Result passed = Cli.run("validate", "--fail-on", "warning", suppressed.toString());
		assertEquals(ExitCode.OK, passed.exitCode(), passed.out());
		assertTrue(passed.out().endsWith("0 errors, 0 warnings, 4 infos in 1 file (1 suppressed)\n"), passed.out());
	}

	@Test
	void failOn_unknownLevel_isAUsageError() {
		Cli.Result result = Cli.run("validate", "--fail-on", "never", Cli.EXAMPLES.resolve("contoso").toString());
		assertEquals(ExitCode.USAGE, result.exitCode());
		assertTrue(result.err().contains("error, warning, info"), result.err());
	}

	@Test
	void findingLine_pointsAtTheOffendingAttribute() throws IOException {
		Path file = write("unit.ddc", "workload W {\n  cpu 8 %\n  memory 4 GHz\n}\n");
		Cli.Result result = Cli.run("validate", file.toString());
		assertEquals(ExitCode.FINDINGS, result.exitCode());
		assertTrue(result.out().lines().anyMatch(line -> line.startsWith(file + ":3:10: error: [DDC-UNIT] 'GHz'")),
				result.out());
	}

	@Test
	void jsonFormat_carriesTheSameFindingsAndCounts() throws IOException {
		Path file = write("d.ddc", "switch SW-1 { partner SW-9 }\nswitch SW-1 { }\n");
		Cli.Result text = Cli.run("validate", file.toString());
		Cli.Result json = Cli.run("validate", "--format", "json", file.toString());
		assertEquals(text.exitCode(), json.exitCode());
		JsonObject root = JsonParser.parseString(json.out()).getAsJsonObject();
		int errors = root.getAsJsonObject("summary").get("errors").getAsInt();
		assertEquals(root.getAsJsonArray("findings").size(), errors + root.getAsJsonObject("summary").get("warnings").getAsInt()
				+ root.getAsJsonObject("summary").get("infos").getAsInt());
		assertEquals(text.out().lines().count() - 1, root.getAsJsonArray("findings").size());
		JsonObject first = root.getAsJsonArray("findings").get(0).getAsJsonObject();
		assertEquals(1, first.get("line").getAsInt());
		assertTrue(first.get("id").getAsString().startsWith("DDC-"));
	}

	@Test
	void folder_withCatalogAndDesignFile_resolvesNamesAcrossFiles() throws IOException {
		Path folder = Files.createDirectories(temp.resolve("design"));
		Files.writeString(folder.resolve("catalog.ddc"),
				"switch SW-A { ports 48 managed yes partner SW-B }\nswitch SW-B { ports 48 managed yes partner SW-A }\n"
						+ "subnet Web { vlan 10 switches SW-A, SW-B }\n");
		Files.writeString(folder.resolve("design.ddc"),
				"design D { platform hyperv-2012-r2 }\nworkload W1 { memory 2 GB subnets Web }\n");
		Cli.Result result = Cli.run("validate", folder.toString());
		assertFalse(result.out().contains("DDC-UNRESOLVED"), result.out());
		assertFalse(result.out().contains("DDC-DESIGN"), result.out());
		assertTrue(result.out().contains("in 2 files"), result.out());
		Cli.Result designAlone = Cli.run("validate", folder.resolve("design.ddc").toString());
		assertTrue(designAlone.out().contains("[DDC-UNRESOLVED] unknown subnet 'Web'"), designAlone.out());
	}

	@Test
	void projectSettingsFile_inAFolderAbove_changesLevels_andBadLinesAreReported() throws IOException {
		Path project = Files.createDirectories(temp.resolve("project"));
		Path designs = Files.createDirectories(project.resolve("designs"));
		Path file = Files.writeString(designs.resolve("d.ddc"), "switch SW-1 { ports 48 managed yes }\n");
		assertTrue(Cli.run("validate", file.toString()).out().contains("error: [IPD-5-14]"));

		Files.writeString(project.resolve("ddc.properties"), "# lab network\nrule.IPD-5-14 = warning\n");
		Cli.Result warning = Cli.run("validate", file.toString());
		assertTrue(warning.out().contains("warning: [IPD-5-14]"), warning.out());

		Files.writeString(project.resolve("ddc.properties"), "rule.IPD-5-14 = off\nrule.IPD-9-99 = off\nnonsense\n");
		Cli.Result off = Cli.run("validate", file.toString());
		assertFalse(off.out().contains("[IPD-5-14]"), off.out());
		assertTrue(off.out().contains("ddc.properties:3:1: error: [DDC-UNKNOWN-RULE]"), off.out());
		assertTrue(off.out().contains("unknown rule 'IPD-9-99'"), off.out());
	}

	@Test
	void missingPath_isAUsageError_withoutStackTrace() {
		Cli.Result result = Cli.run("validate", temp.resolve("nope.ddc").toString());
		assertEquals(ExitCode.USAGE, result.exitCode());
		assertTrue(result.err().contains("no such file"), result.err());
		assertFalse(Cli.hasStackTrace(result.all()), result.all());
	}

	@Test
	void folderWithoutDesignFiles_isAUsageError() throws IOException {
		Path empty = Files.createDirectories(temp.resolve("empty"));
		Files.writeString(empty.resolve("notes.txt"), "nothing here");
		Cli.Result result = Cli.run("validate", empty.toString());
		assertEquals(ExitCode.USAGE, result.exitCode());
		assertTrue(result.err().contains("no .ddc files"), result.err());
	}

	@Test
	void garbageInput_isReportedAsSyntaxErrors_binaryAsNotUtf8_neverAStackTrace() throws IOException {
		Path text = write("text.ddc", "workload { { { \"unterminated\n }}}} ;; design design 12 GB");
		Cli.Result result = Cli.run("validate", text.toString());
		assertEquals(ExitCode.FINDINGS, result.exitCode(), result.all());
		assertTrue(result.out().contains("[DDC-SYNTAX]"), result.out());
		assertFalse(Cli.hasStackTrace(result.all()), result.all());
		byte[] bytes = new byte[4096];
		new Random(42).nextBytes(bytes);
		Path binary = Files.write(temp.resolve("garbage.ddc"), bytes);
		Cli.Result binaryResult = Cli.run("validate", binary.toString());
		assertEquals(ExitCode.USAGE, binaryResult.exitCode(), binaryResult.all());
		assertTrue(binaryResult.err().contains("garbage.ddc:1:2: not UTF-8: invalid byte 0x9D"), binaryResult.err());
		assertFalse(Cli.hasStackTrace(binaryResult.all()), binaryResult.all());
	}

	@Test
	void emptyFile_isValid_butWarnsThatTheDesignHeaderIsMissing() throws IOException {
		Path file = write("empty.ddc", "");
		Cli.Result result = Cli.run("validate", file.toString());
		assertEquals(ExitCode.OK, result.exitCode(), result.all());
		assertTrue(result.out().contains("warning: [DDC-DESIGN]"), result.out());
	}

	@Test
	void usageErrors_exitTwo() {
		assertEquals(ExitCode.USAGE, Cli.run("validate").exitCode());
		assertEquals(ExitCode.USAGE, Cli.run("validate", "--format", "xml", "x.ddc").exitCode());
		assertEquals(ExitCode.USAGE, Cli.run("frobnicate").exitCode());
	}

	@Test
	void validate_neverWritesToTheDesignFiles() throws IOException {
		String text = "workload   W {memory 4 GB}   // odd layout stays\n";
		Path file = write("keep.ddc", text);
		Cli.run("validate", file.toString());
		assertEquals(text, Files.readString(file));
	}

	private Path write(String name, String text) throws IOException {
		return Files.writeString(temp.resolve(name), text, StandardCharsets.UTF_8);
	}
}
