package org.ddc.cli.benchmark;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.ddc.cli.ExitCode;
import org.ddc.cli.generate.DesignText;
import org.ddc.cli.generate.SyntheticDesignGenerator;
import org.ddc.dsl.DdcStandaloneSetup;
import org.ddc.dsl.load.DesignLoader;
import org.ddc.dsl.load.LoadedDesign;
import org.ddc.dsl.validation.DesignValidator;
import org.ddc.dsl.validation.Finding;
import org.ddc.rules.Severity;

import com.google.inject.Injector;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ddc benchmark}: generates synthetic designs and measures parse + link + validate in this JVM after
 * warm-up, with the peak heap of the measured runs.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
		description = { "Generate synthetic designs and time parse + link + validate (warm, in-process).",
				"Prints min and median time per size, peak heap, and how time grows between sizes." })
public class BenchmarkCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Option(names = "--workloads", split = ",", paramLabel = "N[,N...]", defaultValue = "1000,10000,20000",
			description = "design sizes in workloads (default: ${DEFAULT-VALUE})")
	private int[] sizes;

	@Option(names = "--iterations", paramLabel = "K", defaultValue = "5",
			description = "measured runs per size (default: ${DEFAULT-VALUE})")
	private int iterations;

	@Option(names = "--warmup", paramLabel = "K", defaultValue = "3",
			description = "unmeasured warm-up runs per size (default: ${DEFAULT-VALUE})")
	private int warmup;

	@Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "generator seed (default: ${DEFAULT-VALUE})")
	private long seed;

	/** Figures for one design size. */
	public record Result(int workloads, int lines, int elements, int errors, double minMs, double medianMs, double peakHeapMb) {
	}

	@Override
	public Integer call() {
		if (iterations < 1 || warmup < 0 || Arrays.stream(sizes).anyMatch(s -> s < 1)) {
			spec.commandLine().getErr().println("ddc benchmark: sizes and --iterations must be positive");
			return ExitCode.USAGE;
		}
		PrintWriter out = spec.commandLine().getOut();
		out.printf("ddc benchmark: parse + link + validate, %d warm-up and %d measured runs per size, Java %s, %d cores%n",
				warmup, iterations, Runtime.version(), Runtime.getRuntime().availableProcessors());
		out.printf("%10s %9s %9s %7s %10s %10s %11s %s%n", "workloads", "lines", "elements", "errors", "min ms",
				"median ms", "peak heap", "growth");
		out.flush();
		List<Result> results = new ArrayList<>();
		for (int size : sizes) {
			Result result = measure(size);
			String growth = "";
			if (!results.isEmpty()) {
				Result previous = results.get(results.size() - 1);
				growth = String.format("%.2fx time for %.1fx input", result.medianMs / previous.medianMs,
						(double) result.workloads / previous.workloads);
			}
			results.add(result);
			out.printf("%10d %9d %9d %7d %10.0f %10.0f %8.0f MB %s%n", result.workloads, result.lines, result.elements,
					result.errors, result.minMs, result.medianMs, result.peakHeapMb, growth);
			out.flush();
		}
		return results.stream().anyMatch(r -> r.errors > 0) ? ExitCode.FINDINGS : ExitCode.OK;
	}

	/** Generates one design and measures it. */
	public Result measure(int workloads) {
		Injector injector = DdcStandaloneSetup.injector();
		DesignLoader loader = injector.getInstance(DesignLoader.class);
		DesignValidator validator = injector.getInstance(DesignValidator.class);
		var model = SyntheticDesignGenerator.generate(workloads, seed);
		int elements = model.getElements().size();
		String text = DesignText.of(model);
		Map<String, String> input = Map.of("synthetic-" + workloads + ".ddc", text);
		for (int i = 0; i < warmup; i++) {
			validator.validate(loader.loadText(input));
		}
		double[] times = new double[iterations];
		int errors = 0;
		System.gc();
		resetPeaks();
		for (int i = 0; i < iterations; i++) {
			long start = System.nanoTime();
			LoadedDesign design = loader.loadText(input);
			List<Finding> findings = validator.validate(design);
			times[i] = (System.nanoTime() - start) / 1e6;
			errors = (int) findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
		}
		double peak = peakHeapMb();
		Arrays.sort(times);
		return new Result(workloads, (int) text.lines().count(), elements, errors, times[0], times[times.length / 2], peak);
	}

	private static void resetPeaks() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	private static double peakHeapMb() {
		long bytes = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				bytes += pool.getPeakUsage().getUsed();
			}
		}
		return bytes / (1024.0 * 1024.0);
	}
}
