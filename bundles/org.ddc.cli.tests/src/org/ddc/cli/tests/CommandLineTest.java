package org.ddc.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ddc.cli.ExitCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CommandLineTest {

	@ParameterizedTest
	@ValueSource(strings = { "", "validate", "generate", "benchmark" })
	void everyCommand_hasHelp(String command) {
		Cli.Result result = command.isEmpty() ? Cli.run("--help") : Cli.run(command, "--help");
		assertEquals(ExitCode.OK, result.exitCode());
		assertTrue(result.out().startsWith("Usage: ddc"), result.out());
	}

	@Test
	void benchmark_printsTimesAndHeapForEachSize() {
		Cli.Result result = Cli.run("benchmark", "--workloads", "20,40", "--iterations", "1", "--warmup", "0");
		assertEquals(ExitCode.OK, result.exitCode(), result.all());
		String[] lines = result.out().split("\n");
		assertEquals(4, lines.length, result.out());
		assertTrue(lines[2].trim().startsWith("20 "), lines[2]);
		assertTrue(lines[3].trim().startsWith("40 ") && lines[3].contains("MB") && lines[3].contains("x time"), lines[3]);
	}
}
