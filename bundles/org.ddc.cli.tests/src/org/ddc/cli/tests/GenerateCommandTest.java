package org.ddc.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.ddc.cli.ExitCode;
import org.ddc.generate.DesignText;
import org.ddc.generate.SyntheticDesignGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
	@TempDir
	Path temp;

	@Test
	void writesTheGeneratorsDesign_whichValidatesWithoutErrorsOrWarnings() throws IOException {
		Path file = temp.resolve("g.ddc");
		Cli.Result generate = Cli.run("generate", "--workloads", "300", "--seed", "7", "-o", file.toString());
		assertEquals(ExitCode.OK, generate.exitCode(), generate.all());
		assertEquals(DesignText.of(SyntheticDesignGenerator.generate(300, 7)), Files.readString(file));
		assertTrue(generate.out().startsWith("wrote " + file + ": 300 workloads, "), generate.out());
		Cli.Result validate = Cli.run("validate", file.toString());
		assertEquals(ExitCode.OK, validate.exitCode(), validate.all());
		String summary = validate.out().lines().reduce((first, second) -> second).orElse("");
		assertTrue(summary.startsWith("0 errors, 0 warnings"), validate.out());
	}

	@Test
	void existingFile_isNeverOverwritten_withoutForce() throws IOException {
		Path file = Files.writeString(temp.resolve("mine.ddc"), "// my own design\n");
		Cli.Result result = Cli.run("generate", "--workloads", "10", "-o", file.toString());
		assertEquals(ExitCode.USAGE, result.exitCode());
		assertTrue(result.err().contains("--force"), result.err());
		assertEquals("// my own design\n", Files.readString(file));
		assertEquals(ExitCode.OK, Cli.run("generate", "--workloads", "10", "--force", "-o", file.toString()).exitCode());
		assertTrue(Files.readString(file).contains("workload "));
	}

	@Test
	void nonPositiveWorkloadCount_isAUsageError() {
		assertEquals(ExitCode.USAGE, Cli.run("generate", "--workloads", "0", "-o", temp.resolve("z.ddc").toString()).exitCode());
		assertEquals(ExitCode.USAGE, Cli.run("generate", "-o", temp.resolve("z.ddc").toString()).exitCode());
	}
}
