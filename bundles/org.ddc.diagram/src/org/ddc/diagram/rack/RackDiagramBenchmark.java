package org.ddc.diagram.rack;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.ddc.analysis.DesignAnalysis;
import org.ddc.diagram.DiagramInput;
import org.ddc.diagram.model.Diagram;
import org.ddc.diagram.svg.SvgWriter;
import org.ddc.dsl.DdcStandaloneSetup;
import org.ddc.dsl.load.DesignLoader;
import org.ddc.dsl.load.LoadedDesign;
import org.ddc.dsl.validation.DesignValidator;
import org.ddc.dsl.validation.Finding;
import org.ddc.dsl.validation.RuleRunner;
import org.ddc.generate.DesignText;
import org.ddc.generate.SyntheticDesignGenerator;

/**
 * The rack sheet of a generated design, timed warm: building the diagram from the analysis and writing its SVG
 * (median of {@value #RUNS} runs after {@value #WARMUP} warm-up runs). {@code main} needs org.ddc.generate (on the
 * command line's classpath; optional for the bundle).
 */
public final class RackDiagramBenchmark {
	/** Workloads of the generated design: about 40 racks (the figure: a sheet of 40 racks in ≤ 1 s). */
	public static final int WORKLOADS = 2200;
	static final int WARMUP = 5;
	static final int RUNS = 10;

	/** What was measured: racks drawn, boxes, SVG characters, median milliseconds of build + write. */
	public record Result(int racks, int boxes, int svgChars, double medianMs) {
	}

	private RackDiagramBenchmark() {
	}

	/** Times build + SVG of the rack sheet of the input, warm. */
	public static Result measure(DiagramInput input) {
		RackDiagram builder = new RackDiagram();
		for (int i = 0; i < WARMUP; i++) {
			SvgWriter.write(builder.build(input));
		}
		double[] times = new double[RUNS];
		Diagram diagram = null;
		String svg = "";
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			diagram = builder.build(input);
			svg = SvgWriter.write(diagram);
			times[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(times);
		return new Result(input.analysis().racks().racks().size(), diagram.boxes().size(), svg.length(),
				times[RUNS / 2]);
	}

	/** The input of a generated design of that many workloads, validated as {@code ddc diagram} would. */
	public static DiagramInput generated(int workloads) {
		String text = DesignText.of(SyntheticDesignGenerator.generate(workloads, 1));
		LoadedDesign design = DdcStandaloneSetup.injector().getInstance(DesignLoader.class)
				.loadText(Map.of("synthetic-" + workloads + ".ddc", text));
		List<Finding> findings = DdcStandaloneSetup.injector().getInstance(DesignValidator.class).validate(design);
		DesignAnalysis analysis = DdcStandaloneSetup.injector().getInstance(RuleRunner.class)
				.analysis(design.resourceSet());
		return DiagramInput.of("synthetic-" + workloads, design, findings, analysis, List.of());
	}

	/** Prints the median of a generated design's rack sheet: {@code [workloads]}. */
	public static void main(String[] args) {
		int workloads = args.length > 0 ? Integer.parseInt(args[0]) : WORKLOADS;
		Result result = measure(generated(workloads));
		System.out.printf(java.util.Locale.ROOT,
				"rack sheet: %d workloads, %d racks, %d boxes, %,d SVG characters: median %.1f ms (build + SVG, %d warm "
						+ "runs)%n",
				workloads, result.racks(), result.boxes(), result.svgChars(), result.medianMs(), RUNS);
	}
}
