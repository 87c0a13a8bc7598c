package org.ddc.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.ddc.analysis.sizing.HostClustering;
import org.ddc.analysis.sizing.HostDesignSizing.Clustering;
import org.ddc.model.HostDesign;
import org.junit.jupiter.api.Test;

/**
 * The two meanings of a clustered host design: declared (clusters or cluster-size ≥ 2, as the sizing forms clusters),
 * and declared or required by an in-scope workload that uses host clustering.
 */
class HostClusteringTest {
	private static final String DESIGN = """
			host-design HD-DECL { quantity 4 memory 256 GB cluster CL-1 hosts 4 }
			host-design HD-SIZE { quantity 4 memory 256 GB cluster-size 2 }
			host-design HD-ONE { quantity 4 memory 256 GB cluster-size 1 }
			host-design HD-WL { quantity 2 memory 256 GB }
			host-design HD-OUT { quantity 2 memory 256 GB }
			host-design HD-NONE { quantity 2 memory 256 GB }
			workload-group G-WL { host-design HD-WL }
			workload-group G-OUT { host-design HD-OUT }
			workload FILE { memory 8 GB group G-WL fault-tolerance required approach host-clustering }
			workload OLD { memory 8 GB group G-OUT fault-tolerance required approach host-clustering in-scope no }
			""";

	private final InlineDesign design = InlineDesign.of(DESIGN);

	@Test
	void declared_clustersOrClusterSizeOfTwoOrMore_asTheSizingFormsThem() {
		assertEquals(List.of("HD-DECL", "HD-SIZE"), names(HostClustering::declared));
		for (HostDesign host : design.index().all(HostDesign.class)) {
			assertEquals(HostClustering.declared(host),
					design.analysis.hosts().of(host).clustering() != Clustering.NONE, host.getName());
		}
	}

	@Test
	void declaredOrRequired_alsoWhenAnInScopeWorkloadUsesHostClustering() {
		assertEquals(List.of("HD-DECL", "HD-SIZE", "HD-WL"),
				names(h -> HostClustering.declaredOrRequired(h, design.index())));
		assertEquals(List.of("HD-WL"), names(h -> HostClustering.requiredByWorkloads(h, design.index())));
	}

	private List<String> names(java.util.function.Predicate<HostDesign> test) {
		return design.index().all(HostDesign.class).stream().filter(test).map(HostDesign::getName).toList();
	}
}
