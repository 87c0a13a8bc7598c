package org.ddc.cli.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.ddc.analysis.DesignAnalysis;
import org.ddc.dsl.load.LoadedDesign;
import org.ddc.dsl.validation.Finding;
import org.ddc.report.ReportBuilder;
import org.ddc.report.model.Report;
import org.ddc.report.write.ReportFormat;
import org.ddc.report.write.ReportOutput;

/**
 * The report of a validated design, timed warm: building the document from the analysis, then each format written
 * into a temporary folder through {@link ReportOutput} (staged, then moved into place), as {@code ddc report} does.
 */
final class ReportBenchmark {
	/** Median milliseconds: build, each format, and the whole; the bytes written. */
	record Result(double buildMs, Map<ReportFormat, Double> formatMs, double totalMs, long bytes) {
	}

	private ReportBenchmark() {
	}

	static Result measure(LoadedDesign design, List<Finding> findings, DesignAnalysis analysis, int warmup,
			int iterations) throws IOException {
		Path folder = Files.createTempDirectory("ddc-report-benchmark");
		try {
			for (int i = 0; i < warmup; i++) {
				once(design, findings, analysis, folder);
			}
			double[][] runs = new double[iterations][];
			for (int i = 0; i < iterations; i++) {
				System.gc();
				runs[i] = once(design, findings, analysis, folder);
			}
			Map<ReportFormat, Double> formats = new EnumMap<>(ReportFormat.class);
			for (ReportFormat format : ReportFormat.values()) {
				formats.put(format, median(runs, 1 + format.ordinal()));
			}
			return new Result(median(runs, 0), formats, median(runs, runs[0].length - 1), size(folder));
		} finally {
			delete(folder);
		}
	}

	/** One report: {build ms, ms per format…, total ms}. */
	private static double[] once(LoadedDesign design, List<Finding> findings, DesignAnalysis analysis, Path folder)
			throws IOException {
		double[] times = new double[ReportFormat.values().length + 2];
		long start = System.nanoTime();
		Report report = ReportBuilder.build(design, findings, analysis);
		times[0] = (System.nanoTime() - start) / 1e6;
		new ReportOutput(folder, false).write(files -> {
			for (ReportFormat format : ReportFormat.values()) {
				long begin = System.nanoTime();
				format.writer().write(report, files);
				times[1 + format.ordinal()] = (System.nanoTime() - begin) / 1e6;
			}
		});
		times[times.length - 1] = (System.nanoTime() - start) / 1e6;
		return times;
	}

	private static double median(double[][] runs, int column) {
		double[] values = Arrays.stream(runs).mapToDouble(r -> r[column]).sorted().toArray();
		return values[values.length / 2];
	}

	private static long size(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
		}
	}

	private static void delete(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			walk.sorted(Comparator.reverseOrder()).forEach(p -> {
				try {
					Files.delete(p);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
	}
}
