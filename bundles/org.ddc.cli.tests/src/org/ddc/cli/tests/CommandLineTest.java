package org.ddc.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.ddc.cli.ExitCode;
import org.ddc.cli.benchmark.StartupBenchmark;
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

	/** A run of one subcommand reads only that one's annotations (start-up); the others still list them all. */
	@Test
	void topLevelHelp_listsEverySubcommand_inOrder() {
		Cli.Result result = Cli.run("--help");
		String out = result.out();
		int previous = -1;
		for (String command : List.of("validate", "analyze", "report", "diagram", "rules", "language", "generate", "benchmark",
				"fuzz", "new", "import", "help")) {
			int at = out.indexOf("\n  " + command + " ");
			assertTrue(at > previous, command + " listed after the one before it in:\n" + out);
			previous = at;
		}
	}

	@Test
	void helpCommand_andMisspeltCommands_stillKnowEverySubcommand() {
		Cli.Result help = Cli.run("help", "report");
		assertEquals(ExitCode.OK, help.exitCode(), help.all());
		assertTrue(help.out().startsWith("Usage: ddc report"), help.out());
		Cli.Result misspelt = Cli.run("valdate", "examples");
		assertEquals(ExitCode.USAGE, misspelt.exitCode(), misspelt.all());
		assertTrue(misspelt.err().contains("validate"), misspelt.err());
	}

	@Test
	void startupBenchmark_timesEachRunAsANewProcess() throws Exception {
		Path here = Path.of(".").toAbsolutePath();
		StartupBenchmark.Result result = StartupBenchmark.measure(List.of("sh", "-c", "sleep 0.2"), here, 0, 3);
		assertEquals(3, result.runs());
		assertTrue(result.minMs() >= 200 && result.minMs() <= result.medianMs() && result.medianMs() <= result.maxMs(),
				result.toString());
		assertTrue(result.maxMs() < 5000, result.toString());
		// exit code 1 means "the design has errors": a run that worked; 2 and 3 mean the command failed
		assertEquals(2, StartupBenchmark.measure(List.of("sh", "-c", "exit 1"), here, 1, 2).runs());
		StartupBenchmark.RunFailedException failed = assertThrows(StartupBenchmark.RunFailedException.class,
				() -> StartupBenchmark.measure(List.of("sh", "-c", "exit 3"), here, 0, 1));
		assertTrue(failed.getMessage().contains("exit code 3"), failed.getMessage());
	}

	@Test
	void startupBenchmark_withoutTheLauncher_saysHowToRunIt() {
		String home = System.clearProperty("ddc.home");
		try {
			Cli.Result result = Cli.run("benchmark", "--startup");
			assertEquals(ExitCode.USAGE, result.exitCode(), result.all());
			assertTrue(result.err().contains("./ddc benchmark --startup"), result.err());
		} finally {
			if (home != null) {
				System.setProperty("ddc.home", home);
			}
		}
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
