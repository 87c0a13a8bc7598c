package org.ddc.cli.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cold runs of the command line as users start it: one new process per run, through the launcher script, its output
 * discarded, timed from start to exit. The runs before the measured ones are not timed (the first may build the
 * command line or make its start-up cache).
 */
public final class StartupBenchmark {

	/**
	 * The figures of one command.
	 *
	 * @param command  the command line, as shown
	 * @param runs     the measured runs
	 * @param minMs    the fastest run
	 * @param medianMs the median run
	 * @param maxMs    the slowest run
	 */
	public record Result(String command, int runs, double minMs, double medianMs, double maxMs) {
	}

	/** A run ended with an exit code that means the command itself failed (2 usage or I/O, 3 internal error). */
	public static final class RunFailedException extends Exception {
		private static final long serialVersionUID = 1L;

		RunFailedException(String message) {
			super(message);
		}
	}

	private StartupBenchmark() {
	}

	/** Runs {@code command} {@code warmup} times untimed, then {@code runs} times timed. */
	public static Result measure(List<String> command, Path directory, int warmup, int runs)
			throws IOException, InterruptedException, RunFailedException {
		for (int i = 0; i < warmup; i++) {
			run(command, directory);
		}
		List<Double> times = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			times.add(run(command, directory));
		}
		double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		return new Result(String.join(" ", command), runs, sorted[0], median(sorted), sorted[sorted.length - 1]);
	}

	/** One run; its time in milliseconds. Exit codes 0 and 1 (the design has errors) are runs that worked. */
	private static double run(List<String> command, Path directory)
			throws IOException, InterruptedException, RunFailedException {
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
				.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
		long start = System.nanoTime();
		Process process = builder.start();
		int code = process.waitFor();
		double ms = (System.nanoTime() - start) / 1e6;
		if (code != 0 && code != 1) {
			throw new RunFailedException("'" + String.join(" ", command) + "' ended with exit code " + code
					+ " (run it alone to see why)");
		}
		return ms;
	}

	/** The median of the values (the mean of the two middle ones for an even count). */
	static double median(double... values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}
}
