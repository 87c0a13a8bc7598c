package org.ddc.cli.fuzz;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.ddc.cli.ExitCode;
import org.ddc.cli.TerminalText;
import org.ddc.generate.DesignText;
import org.ddc.generate.SyntheticDesignGenerator;
import org.ddc.dsl.load.DesignFiles;
import org.ddc.dsl.load.DesignInputException;
import org.ddc.dsl.load.IoProblems;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ddc fuzz --seconds 600 --seed 1}: mutates the example designs and generated ones, runs parse + link +
 * validate in-process on each, and reports inputs per second, every exception (its input saved for reproduction with
 * {@code ddc validate}) and the slowest inputs.
 */
@Command(name = "fuzz", mixinStandardHelpOptions = true,
		description = { "Mutation-fuzz the parser, linker and validator in-process (for ddc's developers).",
				"Seeds are the .ddc files of --examples and generated designs; inputs that throw and the slowest "
						+ "inputs are saved in --save." },
		footer = { "", "Exit codes: 0 nothing thrown, 1 some input threw, 2 usage or I/O problem." })
public class FuzzCommand implements Callable<Integer> {
	/** Generated seed designs (workload counts): small enough to mutate quickly, large enough to reach every rule. */
	private static final int[] GENERATED_SEEDS = { 5, 40 };
	private static final long PROGRESS_NANOS = 10_000_000_000L;

	@Spec
	private CommandSpec spec;

	@Option(names = "--seconds", paramLabel = "S", defaultValue = "60",
			description = "how long to run (default: ${DEFAULT-VALUE})")
	private long seconds;

	@Option(names = "--inputs", paramLabel = "N", description = "stop after N inputs (default: no limit)")
	private Long maxInputs;

	@Option(names = "--seed", paramLabel = "S", defaultValue = "1",
			description = "random seed; the same seed gives the same inputs (default: ${DEFAULT-VALUE})")
	private long seed;

	@Option(names = "--examples", paramLabel = "DIR", defaultValue = "examples",
			description = "folder of seed designs (default: ${DEFAULT-VALUE})")
	private Path examples;

	@Option(names = "--save", paramLabel = "DIR", defaultValue = "fuzz-results",
			description = "where failing and slowest inputs are written (default: ${DEFAULT-VALUE})")
	private Path save;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		List<byte[]> seeds;
		try {
			seeds = seeds(examples, seed);
			Files.createDirectories(save);
		} catch (IOException e) {
			err.println("ddc fuzz: " + TerminalText.escape(e.getMessage() + " (" + IoProblems.reason(e) + ")"));
			return ExitCode.USAGE;
		} catch (DesignInputException e) {
			err.println("ddc fuzz: " + TerminalText.escape(e.getMessage()));
			return ExitCode.USAGE;
		}
		out.printf("ddc fuzz: %d seed designs, seed %d, %d s%s; failing and slow inputs go to %s%n", seeds.size(), seed,
				seconds, maxInputs != null ? " or " + maxInputs + " inputs" : "", TerminalText.escape(save.toString()));
		Fuzzer fuzzer = new Fuzzer(new MutationEngine(seeds, seed), new FuzzTarget());
		Progress progress = new Progress(out, seconds, maxInputs);
		Fuzzer.Report report = fuzzer.run(progress::keepGoing, run -> {
			Path file = saveInput("failure", run);
			out.println("  input " + run.index() + " threw " + TerminalText.escape(String.valueOf(run.outcome().failure()))
					+ " at " + topFrame(run.outcome().failure()) + " — saved as " + TerminalText.escape(String.valueOf(file)));
		});
		out.printf("%,d inputs in %.0f s: %.1f inputs/s, %,d threw%n", report.inputs(), report.nanos() / 1e9,
				report.inputsPerSecond(), report.failureCount());
		out.println("slowest inputs:");
		for (Fuzzer.Run run : report.slowest()) {
			out.printf("  %8.0f ms  %,9d bytes  %s%n", run.outcome().nanos() / 1e6, run.input().length,
					TerminalText.escape(String.valueOf(saveInput("slow", run))));
		}
		return report.failureCount() > 0 ? ExitCode.FINDINGS : ExitCode.OK;
	}

	/** The example designs (the .ddc files under the folder, as {@code ddc validate} finds them) and generated ones. */
	public static List<byte[]> seeds(Path examples, long seed) throws IOException, DesignInputException {
		List<byte[]> seeds = new ArrayList<>();
		if (Files.isDirectory(examples)) {
			for (Path file : DesignFiles.collect(List.of(examples))) {
				seeds.add(Files.readAllBytes(file));
			}
		}
		for (int workloads : GENERATED_SEEDS) {
			seeds.add(DesignText.of(SyntheticDesignGenerator.generate(workloads, seed)).getBytes(StandardCharsets.UTF_8));
		}
		return seeds;
	}

	private Path saveInput(String kind, Fuzzer.Run run) {
		Path file = save.resolve(String.format("%s-seed%d-input%d.ddc", kind, seed, run.index()));
		try {
			Files.write(file, run.input());
			return file;
		} catch (IOException e) {
			return Path.of("(not saved: " + IoProblems.reason(e) + ")");
		}
	}

	private static String topFrame(Throwable failure) {
		for (StackTraceElement frame : failure.getStackTrace()) {
			if (frame.getClassName().startsWith("org.ddc.")) {
				return frame.toString();
			}
		}
		return failure.getStackTrace().length > 0 ? failure.getStackTrace()[0].toString() : "?";
	}

	/** Decides when to stop and prints a line every ten seconds. */
	private static final class Progress {
		private final PrintWriter out;
		private final long deadline;
		private final Long maxInputs;
		private final long start = System.nanoTime();
		private long nextReport = start + PROGRESS_NANOS;
		private long inputs;

		Progress(PrintWriter out, long seconds, Long maxInputs) {
			this.out = out;
			this.deadline = start + seconds * 1_000_000_000L;
			this.maxInputs = maxInputs;
		}

		boolean keepGoing() {
			long now = System.nanoTime();
			if (now >= nextReport) {
				out.printf("  %,d inputs, %.1f/s%n", inputs, inputs * 1e9 / (now - start));
				nextReport += PROGRESS_NANOS;
			}
			if (now >= deadline || maxInputs != null && inputs >= maxInputs) {
				return false;
			}
			inputs++;
			return true;
		}
	}
}
