package org.ddc.cli.benchmark;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.ddc.cli.ExitCode;
import org.ddc.diagram.DiagramKind;
import org.ddc.diagram.Diagrams;
import org.ddc.generate.DesignText;
import org.ddc.generate.SyntheticDesignGenerator;
import org.ddc.dsl.DdcStandaloneSetup;
import org.ddc.dsl.load.DesignLoader;
import org.ddc.dsl.load.LoadedDesign;
import org.ddc.dsl.validation.DesignValidator;
import org.ddc.dsl.validation.Finding;
import org.ddc.dsl.validation.RuleRunner;
import org.ddc.report.write.ReportFormat;
import org.ddc.analysis.DesignAnalysis;
import org.ddc.analysis.DesignIndex;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleEngine;
import org.ddc.rules.Rules;
import org.ddc.rules.limits.ScaleLimits;
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

	@Option(names = "--profile-rules", description = "also time each rule on every size and print the slowest ones")
	private boolean profileRules;

	@Option(names = "--report", description = "also time 'ddc report' on every size: building the report from the "
			+ "analysis and writing it in every format (html, md, csv, xlsx) into a temporary folder")
	private boolean report;

	@Option(names = "--diagrams", description = "also time the diagrams on every size: drawing each kind (rack, "
			+ "network, storage; layout included) and writing its SVG")
	private boolean diagrams;

	@Option(names = "--startup", description = "time cold start-up instead: separate runs of the launcher as users "
			+ "start it ('ddc validate examples/contoso' and 'ddc --version'), min, median and max of --runs")
	private boolean startup;

	@Option(names = "--runs", paramLabel = "N", defaultValue = "10",
			description = "timed cold runs per command with --startup, after one untimed run (default: ${DEFAULT-VALUE})")
	private int runs;

	/** Figures for one design size. */
	public record Result(int workloads, int lines, int elements, int errors, double minMs, double medianMs,
			double parseMs, double validateMs, double rulesMs, double peakHeapMb) {
	}

	@Override
	public Integer call() {
		if (iterations < 1 || warmup < 0 || Arrays.stream(sizes).anyMatch(s -> s < 1)) {
			spec.commandLine().getErr().println("ddc benchmark: sizes and --iterations must be positive");
			return ExitCode.USAGE;
		}
		PrintWriter out = spec.commandLine().getOut();
		if (startup) {
			return startup(out);
		}
		out.printf("ddc benchmark: parse + link + validate, %d warm-up and %d measured runs per size, Java %s, %d cores%n",
				warmup, iterations, Runtime.version(), Runtime.getRuntime().availableProcessors());
		out.printf("%10s %9s %9s %7s %8s %10s %9s %12s %9s %11s %s%n", "workloads", "lines", "elements", "errors",
				"min ms", "median ms", "parse ms", "validate ms", "rules ms", "peak heap", "growth (median)");
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
			out.printf("%10d %9d %9d %7d %8.0f %10.0f %9.0f %12.0f %9.0f %8.0f MB %s%n", result.workloads, result.lines,
					result.elements, result.errors, result.minMs, result.medianMs, result.parseMs, result.validateMs,
					result.rulesMs, result.peakHeapMb, growth);
			out.flush();
		}
		if (report) {
			reports(out);
		}
		if (diagrams) {
			diagrams(out);
		}
		return results.stream().anyMatch(r -> r.errors > 0) ? ExitCode.FINDINGS : ExitCode.OK;
	}

	/** Cold runs of the launcher: the start-up a user sees. */
	private int startup(PrintWriter out) {
		String home = System.getProperty("ddc.home");
		if (home == null || runs < 1) {
			spec.commandLine().getErr().println(home == null
					? "ddc benchmark --startup: times the launcher script; run it as ./ddc benchmark --startup"
					: "ddc benchmark: --runs must be positive");
			return ExitCode.USAGE;
		}
		Path root = Path.of(home);
		out.printf("ddc benchmark --startup: cold runs of %s, 1 untimed and %d timed runs each, %d cores, "
				+ "load average %.2f%n", root.resolve("ddc"), runs, Runtime.getRuntime().availableProcessors(),
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		out.printf("%-36s %8s %10s %8s%n", "command", "min ms", "median ms", "max ms");
		for (List<String> args : List.of(List.of("validate", "examples/contoso"), List.of("--version"))) {
			List<String> command = new ArrayList<>(List.of(root.resolve("ddc").toString()));
			command.addAll(args);
			try {
				StartupBenchmark.Result r = StartupBenchmark.measure(command, root, 1, runs);
				out.printf("%-36s %8.0f %10.0f %8.0f%n", "ddc " + String.join(" ", args), r.minMs(), r.medianMs(),
						r.maxMs());
				out.flush();
			} catch (IOException | StartupBenchmark.RunFailedException e) {
				spec.commandLine().getErr().println("ddc benchmark --startup: " + e.getMessage());
				return ExitCode.USAGE;
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return ExitCode.USAGE;
			}
		}
		return ExitCode.OK;
	}

	/** A generated design, loaded, validated and analysed, as the report and the diagrams start from. */
	private record Analysed(LoadedDesign design, List<Finding> findings, DesignAnalysis analysis) {
	}

	private Analysed analysed(int size) {
		Injector injector = DdcStandaloneSetup.injector();
		String text = DesignText.of(SyntheticDesignGenerator.generate(size, seed));
		LoadedDesign design = injector.getInstance(DesignLoader.class).loadText(Map.of("synthetic-" + size + ".ddc", text));
		List<Finding> findings = injector.getInstance(DesignValidator.class).validate(design);
		return new Analysed(design, findings, injector.getInstance(RuleRunner.class).analysis(design.resourceSet()));
	}

	/** The diagrams of each size, warm. */
	private void diagrams(PrintWriter out) {
		out.printf("%nddc diagram: draw each diagram (layout included) and write its SVG (median of %d, after %d warm-up "
				+ "runs)%n", iterations, warmup);
		out.printf("%10s %7s %7s", "workloads", "hosts", "racks");
		for (DiagramKind kind : Diagrams.kinds()) {
			out.printf(" %11s %9s", kind.id() + " ms", "SVG");
		}
		out.println();
		for (int size : sizes) {
			Analysed a = analysed(size);
			DiagramBenchmark.Result r = DiagramBenchmark.measure("synthetic-" + size, a.design(), a.findings(),
					a.analysis(), warmup, iterations);
			out.printf("%10d %7d %7d", size, r.hosts(), r.racks());
			for (DiagramKind kind : Diagrams.kinds()) {
				out.printf(" %11.0f %6.1f MB", r.medianMs().get(kind), r.bytes().get(kind) / (1024.0 * 1024.0));
			}
			out.println();
			out.flush();
		}
	}

	/** The report of each size, warm: build, each format, the whole; the megabytes written. */
	private void reports(PrintWriter out) {
		out.printf("%nddc report: build the report from the analysis, write html, md, csv and xlsx (median of %d, "
				+ "after %d warm-up runs)%n", iterations, warmup);
		out.printf("%10s %9s %8s %8s %8s %8s %9s %9s%n", "workloads", "build ms", "html ms", "md ms", "csv ms",
				"xlsx ms", "total ms", "written");
		for (int size : sizes) {
			Analysed a = analysed(size);
			try {
				ReportBenchmark.Result r = ReportBenchmark.measure(a.design(), a.findings(), a.analysis(), warmup,
						iterations);
				out.printf("%10d %9.0f %8.0f %8.0f %8.0f %8.0f %9.0f %6.1f MB%n", size, r.buildMs(),
						r.formatMs().get(ReportFormat.HTML), r.formatMs().get(ReportFormat.MARKDOWN),
						r.formatMs().get(ReportFormat.CSV), r.formatMs().get(ReportFormat.XLSX), r.totalMs(),
						r.bytes() / (1024.0 * 1024.0));
			} catch (IOException e) {
				out.println("ddc benchmark: cannot write the report: " + e.getMessage());
			}
			out.flush();
		}
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
		double[] parse = new double[iterations];
		double[] validate = new double[iterations];
		double[] rules = new double[iterations];
		int errors = 0;
		System.gc();
		resetPeaks();
		for (int i = 0; i < iterations; i++) {
			System.gc(); // the previous run's garbage is not this run's cost
			long start = System.nanoTime();
			LoadedDesign design = loader.loadText(input);
			long parsed = System.nanoTime();
			List<Finding> findings = validator.validate(design);
			long end = System.nanoTime();
			times[i] = (end - start) / 1e6;
			parse[i] = (parsed - start) / 1e6;
			validate[i] = (end - parsed) / 1e6;
			errors = (int) findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
			// the rule engine alone, on the same (already linked) design, for the breakdown
			long rulesStart = System.nanoTime();
			RuleEngine.standard().run(DesignIndex.of(design.models()));
			rules[i] = (System.nanoTime() - rulesStart) / 1e6;
			if (profileRules && i == iterations - 1) {
				printRuleProfile(workloads, DesignIndex.of(design.models()));
			}
		}
		double peak = peakHeapMb();
		Arrays.sort(times);
		return new Result(workloads, (int) text.lines().count(), elements, errors, times[0], times[times.length / 2],
				median(parse), median(validate), median(rules), peak);
	}

	/** Each rule alone, best of 3 runs, the 8 slowest printed. */
	private void printRuleProfile(int workloads, DesignIndex index) {
		List<double[]> times = new ArrayList<>();
		List<Rule> rules = Rules.all();
		for (int r = 0; r < rules.size(); r++) {
			RuleEngine single = new RuleEngine(List.of(rules.get(r)), ScaleLimits.load());
			double best = Double.MAX_VALUE;
			for (int k = 0; k < 3; k++) {
				long start = System.nanoTime();
				single.run(index);
				best = Math.min(best, (System.nanoTime() - start) / 1e6);
			}
			times.add(new double[] { r, best });
		}
		times.sort((a, b) -> Double.compare(b[1], a[1]));
		StringBuilder line = new StringBuilder("  slowest rules at " + workloads + " workloads:");
		for (int i = 0; i < Math.min(8, times.size()); i++) {
			line.append(String.format(" %s %.1f ms;", rules.get((int) times.get(i)[0]).id(), times.get(i)[1]));
		}
		spec.commandLine().getOut().println(line);
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
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
