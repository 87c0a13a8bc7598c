package org.ddc.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.ddc.cli.ExitCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code ddc validate --format sarif} passes Microsoft's SARIF Multitool ({@code validate} verb, the checks
 * code-scanning services apply) with zero errors, for relative and absolute input paths. The multitool is pinned in
 * releng/sarif-multitool (package.json and package-lock.json) and installed here with {@code npm ci} when missing.
 */
class SarifMultitoolTest {
	private static final ObjectMapper JSON = new ObjectMapper();
	private static final Path TOOL_DIR = Cli.HOME.resolve("releng/sarif-multitool");
	private static final Path TOOL = TOOL_DIR.resolve("node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool");
	/** Inputs below the working directory (the test bundle), so that they are named by relative paths. */
	private static final Path WORK = Path.of("target", "sarif-multitool");

	@TempDir
	Path temp;

	@BeforeAll
	static void installMultitool() throws IOException, InterruptedException {
		if (Files.isRegularFile(TOOL)) {
			return;
		}
		String output = run(TOOL_DIR, List.of("npm", "ci", "--no-audit", "--no-fund"), "npm ci in " + TOOL_DIR
				+ " (the tests need node and npm: Debian 'apt-get install -y nodejs npm')");
		assertTrue(Files.isRegularFile(TOOL), "npm ci did not install " + TOOL + ":\n" + output);
	}

	@Test
	void relativeInputs_passTheMultitool_withPathsRelativeToSrcRoot() throws IOException, InterruptedException {
		Path broken = copy(Cli.EXAMPLES.resolve("broken/broken.ddc"), WORK.resolve("broken/broken.ddc"));
		Path contoso = copy(Cli.EXAMPLES.resolve("contoso/contoso.ddc"), WORK.resolve("contoso/contoso.ddc"));
		JsonNode log = sarif(broken.toString(), contoso.toString());
		JsonNode run = log.get("runs").get(0);
		for (JsonNode uri : run.findValues("uri")) {
			assertFalse(uri.asText().startsWith("/"), uri.asText());
		}
		JsonNode location = run.get("results").get(0).get("locations").get(0).get("physicalLocation").get("artifactLocation");
		assertEquals("target/sarif-multitool/broken/broken.ddc", location.get("uri").asText());
		assertEquals("%SRCROOT%", location.get("uriBaseId").asText());
		String srcRoot = run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asText();
		assertEquals(Path.of("").toAbsolutePath().toUri().toString(), srcRoot);
		assertEquals(List.of(), multitoolErrors(log));
	}

	@Test
	void absoluteInputs_passTheMultitool_asFileUrisOutsideTheWorkingDirectory() throws IOException, InterruptedException {
		Path outside = Cli.EXAMPLES.resolve("broken").toAbsolutePath();
		Path inside = copy(Cli.EXAMPLES.resolve("ipd-sample/ipd-sample.ddc"), WORK.resolve("ipd sample/säule #1.ddc"))
				.toAbsolutePath();
		JsonNode log = sarif(outside.toString(), inside.toString());
		JsonNode artifacts = log.get("runs").get(0).get("artifacts");
		assertEquals(outside.resolve("broken.ddc").toUri().toString(), artifacts.get(0).get("location").get("uri").asText());
		assertTrue(artifacts.get(0).get("location").get("uri").asText().startsWith("file:///"));
		assertFalse(artifacts.get(0).get("location").has("uriBaseId"));
		assertEquals("target/sarif-multitool/ipd%20sample/s%C3%A4ule%20%231.ddc",
				artifacts.get(1).get("location").get("uri").asText());
		assertEquals(List.of(), multitoolErrors(log));
	}

	@Test
	void driverAndRules_linkToTheReadmeAndTheirSectionOfRulesMd() throws IOException {
		JsonNode driver = sarif(Cli.EXAMPLES.resolve("contoso").toString()).get("runs").get(0).get("tool").get("driver");
		assertEquals(Cli.HOME.toUri() + "README.md", driver.get("informationUri").asText());
		String rulesMd = Files.readString(Cli.HOME.resolve("docs/rules.md"), StandardCharsets.UTF_8);
		int rules = 0;
		assertTrue(driver.get("informationUri").asText().startsWith("file:///"), "SARIF1005 rejects file:/x");
		for (JsonNode rule : driver.get("rules")) {
			String help = rule.get("helpUri").asText();
			String prefix = Cli.HOME.toUri() + "docs/rules.md#";
			assertTrue(help.startsWith(prefix), help);
			String anchor = help.substring(prefix.length());
			assertTrue(rulesMd.contains("<a id=\"" + anchor + "\"></a>" + rule.get("id").asText()),
					"docs/rules.md has no anchor " + anchor + " at the section of " + rule.get("id").asText());
			rules++;
		}
		assertTrue(rules > 200, "every rule has a helpUri: " + rules);
		JsonNode custom = sarif("--docs-uri", "https://git.example.org/ddc/blob/main", Cli.EXAMPLES.resolve("contoso").toString())
				.get("runs").get(0).get("tool").get("driver");
		assertEquals("https://git.example.org/ddc/blob/main/docs/rules.md#ipd-5-14",
				custom.get("rules").findParents("id").stream().filter(r -> r.get("id").asText().equals("IPD-5-14"))
						.findFirst().orElseThrow().get("helpUri").asText());
		Cli.Result relative = Cli.run("validate", "--format", "sarif", "--docs-uri", "docs", Cli.EXAMPLES.resolve("contoso").toString());
		assertEquals(ExitCode.USAGE, relative.exitCode());
		assertTrue(relative.err().contains("--docs-uri: not an absolute URI: docs"), relative.err());
	}

	private static JsonNode sarif(String... arguments) throws IOException {
		List<String> args = new ArrayList<>(List.of("validate", "--format", "sarif"));
		args.addAll(List.of(arguments));
		Cli.Result result = Cli.run(args.toArray(String[]::new));
		assertTrue(result.exitCode() == ExitCode.OK || result.exitCode() == ExitCode.FINDINGS, result.all());
		return JSON.readTree(result.out());
	}

	/** The multitool's error results on the log, as "SARIFnnnn: arguments" lines. */
	private List<String> multitoolErrors(JsonNode log) throws IOException, InterruptedException {
		Path input = temp.resolve("ddc.sarif");
		Path output = temp.resolve("multitool.sarif");
		Files.writeString(input, JSON.writeValueAsString(log), StandardCharsets.UTF_8);
		String console = run(temp, List.of(TOOL.toString(), "validate", input.toString(), "-o", output.toString()),
				"the SARIF Multitool");
		JsonNode run = JSON.readTree(output.toFile()).get("runs").get(0);
		assertTrue(run.get("invocations").get(0).get("executionSuccessful").asBoolean(), console);
		List<String> errors = new ArrayList<>();
		for (JsonNode result : run.path("results")) {
			if (result.path("level").asText("warning").equals("error")) {
				errors.add(result.get("ruleId").asText() + ": " + result.path("message").path("arguments"));
			}
		}
		return errors;
	}

	private static Path copy(Path from, Path to) throws IOException {
		Files.createDirectories(to.getParent());
		return Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
	}

	/** Runs a program, fails the test when it cannot start, times out or exits non-zero; returns its output. */
	private static String run(Path directory, List<String> command, String what) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
		// the multitool is a .NET program: without ICU installed it would refuse to start
		builder.environment().put("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "1");
		Process process;
		try {
			process = builder.start();
		} catch (IOException e) {
			return fail("cannot start " + what + ": " + e.getMessage());
		}
		process.getOutputStream().close();
		byte[] output = process.getInputStream().readAllBytes();
		if (!process.waitFor(10, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			fail(what + " did not finish in 10 minutes");
		}
		String text = new String(output, StandardCharsets.UTF_8);
		assertEquals(0, process.exitValue(), what + " failed:\n" + text);
		return text;
	}
}
