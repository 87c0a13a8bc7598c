package org.ddc.cli.benchmark;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.ddc.analysis.DesignAnalysis;
import org.ddc.analysis.failure.Component;
import org.ddc.diagram.DiagramInput;
import org.ddc.diagram.DiagramKind;
import org.ddc.diagram.Diagrams;
import org.ddc.diagram.model.Diagram;
import org.ddc.diagram.svg.SvgWriter;
import org.ddc.dsl.load.LoadedDesign;
import org.ddc.dsl.validation.Finding;

/**
 * The diagrams of one design, warm: for each kind, drawing it (layout included) and writing its SVG, the median of
 * the measured runs after the warm-up runs, with the size of the SVG.
 */
final class DiagramBenchmark {

	/**
	 * Figures of one design.
	 *
	 * @param hosts    physical hosts of the design
	 * @param racks    racks of the design
	 * @param medianMs per kind, the median milliseconds of draw + write
	 * @param bytes    per kind, the SVG's size
	 */
	record Result(int hosts, int racks, Map<DiagramKind, Double> medianMs, Map<DiagramKind, Integer> bytes) {
	}

	private DiagramBenchmark() {
	}

	static Result measure(String name, LoadedDesign design, List<Finding> findings, DesignAnalysis analysis,
			int warmup, int iterations) {
		DiagramInput input = DiagramInput.of(name, design, findings, analysis, List.of());
		Map<DiagramKind, Double> medians = new EnumMap<>(DiagramKind.class);
		Map<DiagramKind, Integer> bytes = new EnumMap<>(DiagramKind.class);
		for (DiagramKind kind : Diagrams.kinds()) {
			for (int i = 0; i < warmup; i++) {
				draw(input, kind);
			}
			double[] times = new double[iterations];
			for (int i = 0; i < iterations; i++) {
				long start = System.nanoTime();
				bytes.put(kind, draw(input, kind));
				times[i] = (System.nanoTime() - start) / 1e6;
			}
			Arrays.sort(times);
			medians.put(kind, times[iterations / 2]);
		}
		int hosts = (int) analysis.failures().components().stream().filter(c -> c.kind() == Component.Kind.HOST)
				.count();
		return new Result(hosts, analysis.racks().racks().size(), medians, bytes);
	}

	/** Draws and writes one diagram; the SVG's length. */
	private static int draw(DiagramInput input, DiagramKind kind) {
		int length = 0;
		for (Diagram diagram : Diagrams.build(input, List.of(kind))) {
			length += SvgWriter.write(diagram).length();
		}
		return length;
	}
}
