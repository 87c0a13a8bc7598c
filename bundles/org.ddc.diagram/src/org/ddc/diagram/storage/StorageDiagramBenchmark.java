package org.ddc.diagram.storage;

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
 * The storage diagram of a generated design, warm: the median time of building it and writing its SVG, after warm-up
 * runs. {@code main [WORKLOADS [SEED]]}; the default size gives about 400 hosts.
 */
public final class StorageDiagramBenchmark {

	/** Workloads of the default design: {@link SyntheticDesignGenerator} sizes about 400 hosts for them. */
	public static final int WORKLOADS = 6650;
	private static final int WARMUP = 5;
	private static final int RUNS = 10;

	/**
	 * One measurement.
	 *
	 * @param hosts    hosts of the design
	 * @param medianMs median of the runs, build and SVG together
	 * @param bytes    size of the SVG
	 */
	public record Result(int hosts, double medianMs, int bytes) {
	}

	private StorageDiagramBenchmark() {
	}

	public static void main(String[] args) {
		int workloads = args.length > 0 ? Integer.parseInt(args[0]) : WORKLOADS;
		long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
		Result result = measure(workloads, seed);
		System.out.printf("storage diagram: %d workloads, %d hosts: %.0f ms (median of %d warm builds + SVG, %.0f KB)%n",
				workloads, result.hosts(), result.medianMs(), RUNS, result.bytes() / 1024.0);
	}

	/** Generates the design, loads and analyses it, then times the diagram. */
	public static Result measure(int workloads, long seed) {
		String text = DesignText.of(SyntheticDesignGenerator.generate(workloads, seed));
		LoadedDesign design = DdcStandaloneSetup.injector().getInstance(DesignLoader.class)
				.loadText(Map.of("synthetic.ddc", text));
		List<Finding> findings = DdcStandaloneSetup.injector().getInstance(DesignValidator.class).validate(design);
		DesignAnalysis analysis = DdcStandaloneSetup.injector().getInstance(RuleRunner.class)
				.analysis(design.resourceSet());
		DiagramInput input = DiagramInput.of("synthetic", design, findings, analysis, List.of());
		StorageDiagram builder = new StorageDiagram();
		int bytes = 0;
		for (int i = 0; i < WARMUP; i++) {
			bytes = SvgWriter.write(builder.build(input)).length();
		}
		double[] times = new double[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			Diagram diagram = builder.build(input);
			bytes = SvgWriter.write(diagram).length();
			times[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(times);
		return new Result(analysis.index().hostCount(), (times[RUNS / 2 - 1] + times[RUNS / 2]) / 2, bytes);
	}
}
