package org.ddc.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.ddc.cli.ExitCode;
import org.ddc.cli.rules.RuleDocumentation;
import org.junit.jupiter.api.Test;

class RulesCommandTest {

	@Test
	void rules_listsImplementedRulesWithSeverityTitleAndCitation() {
		Cli.Result result = Cli.run("rules");
		assertEquals(ExitCode.OK, result.exitCode());
		assertTrue(result.out().lines().anyMatch(line -> line.startsWith("IPD-5-14") && line.contains("error")
				&& line.contains("[Dynamic Datacenter guide, Step 5, Task 1: Design Network Switches (seed 000 L477)]")),
				result.out());
		assertTrue(result.out().contains("DDC-UNIT"));
	}

	@Test
	void rulesAll_alsoListsRulesNotImplemented_withTheReason() {
		Cli.Result result = Cli.run("rules", "--all");
		assertTrue(result.out().contains("not implemented: "), result.out());
		assertTrue(result.out().lines().count() > Cli.run("rules").out().lines().count());
	}

	@Test
	void docsRulesMd_isUpToDateWithTheCatalog() throws IOException {
		Path docs = Cli.EXAMPLES.resolveSibling("docs").resolve("rules.md");
		String generated = RuleDocumentation.markdown();
		assertTrue(Files.exists(docs), "docs/rules.md is missing: run " + RuleDocumentation.COMMAND);
		assertEquals(generated, Files.readString(docs, StandardCharsets.UTF_8),
				"docs/rules.md is out of date: run " + RuleDocumentation.COMMAND);
		assertEquals(generated, Cli.run("rules", "--format", "markdown").out());
	}
}
