package org.ddc.diagram.network;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.ddc.analysis.DesignAnalysis;
import org.ddc.diagram.DiagramInput;
import org.ddc.diagram.svg.SvgWriter;
import org.ddc.dsl.DdcStandaloneSetup;
import org.ddc.dsl.load.DesignLoader;
import org.ddc.dsl.load.LoadedDesign;
import org.ddc.dsl.validation.DesignValidator;
import org.ddc.dsl.validation.Finding;
import org.ddc.dsl.validation.RuleRunner;

/**
 * The network diagram timed warm: building it (layout included) and writing its SVG, from a design already validated
 * and analysed. {@code ddc benchmark --diagrams} measures it on a generated design; {@link #main} on any design folder
 * ({@code ./ddc generate --workloads 7000} gives about 400 hosts).
 */
public final class NetworkDiagramBenchmark {

	private NetworkDiagramBenchmark() {
	}

	/** The median milliseconds of {@code runs} builds and SVG writes after {@code warmup} unmeasured ones. */
	public static double medianMs(DiagramInput input, int warmup, int runs) {
		NetworkDiagram builder = new NetworkDiagram();
		for (int i = 0; i < warmup; i++) {
			SvgWriter.write(builder.build(input));
		}
		double[] times = new double[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			SvgWriter.write(builder.build(input));
			times[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(times);
		return times[runs / 2];
	}

	/** Loads the design in the folders or files given, then prints the median of 10 warm runs after 5. */
	public static void main(String[] args) throws Exception {
		LoadedDesign design = DdcStandaloneSetup.injector().getInstance(DesignLoader.class)
				.load(Arrays.stream(args).map(Path::of).toList());
		List<Finding> findings = DdcStandaloneSetup.injector().getInstance(DesignValidator.class).validate(design);
		DesignAnalysis analysis = DdcStandaloneSetup.injector().getInstance(RuleRunner.class)
				.analysis(design.resourceSet());
		DiagramInput input = DiagramInput.of(String.join(", ", args), design, findings, analysis, List.of());
		int hosts = HostGroups.of(analysis.hosts()).stream().mapToInt(g -> g.hosts().size()).sum();
		System.out.printf(java.util.Locale.ROOT, "network diagram, %d hosts: median %.0f ms of 10 warm runs%n", hosts,
				medianMs(input, 5, 10));
	}
}
