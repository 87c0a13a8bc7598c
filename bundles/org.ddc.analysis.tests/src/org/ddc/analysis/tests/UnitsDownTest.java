package org.ddc.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ddc.analysis.RackLayout;
import org.ddc.analysis.failure.Component;
import org.ddc.analysis.failure.FailureAnalysis;
import org.junit.jupiter.api.Test;

/** Which placed units of devices are down when components fail: failed themselves, with their rack, without power. */
class UnitsDownTest {
	private static final InlineDesign DESIGN = InlineDesign.of("""
			design D { }
			power-feed FEED-A
			power-feed FEED-B
			rack R1 { height 42 U feed FEED-A 4 kW feed FEED-B 4 kW }
			rack R2 { height 42 U feed FEED-A 4 kW feed FEED-B 4 kW }
			host-design H { quantity 2 height 2 U power-draw 500 W power-supplies 2 redundant feeds FEED-A, FEED-B
				placement R1 at U 1 placement R2 at U 1 }
			switch SW { height 1 U power-supplies 1 feeds FEED-A placement R1 at U 40 }
			switch SW2 { height 1 U placement R2 at U 40 }
			load-balancer LB { kind hardware quantity 2 height 1 U power-supplies 2 redundant feeds FEED-A, FEED-B
				placement R1 at U 20 placement R2 at U 20 }
			""");

	private static Map<String, String> down(String... names) {
		FailureAnalysis failures = DESIGN.analysis.failures();
		List<Component> failed = java.util.Arrays.stream(names).map(n -> failures.component(n).orElseThrow()).toList();
		Map<String, String> byName = new LinkedHashMap<>();
		for (Map.Entry<RackLayout.Unit, String> entry : failures.unitsDown(failed).entrySet()) {
			byName.put(entry.getKey().name(), entry.getValue());
		}
		return byName;
	}

	@Test
	void aFeed_stopsOnlyTheUnitsWhoseEverySupplyIsOnIt() {
		// SW's one supply is on FEED-A; the hosts and load balancers have a second one on FEED-B; SW2 states no
		// supplies: one supply on one of its rack's feeds, so either feed failing stops it
		String onA = "without power (FEED-A, its only supply's feed)";
		assertEquals(Map.of("SW", onA, "SW2", onA), down("FEED-A"));
		assertEquals(List.of("H-01", "H-02", "LB-01", "LB-02", "SW", "SW2"),
				down("FEED-A", "FEED-B").keySet().stream().sorted().toList());
	}

	@Test
	void aRack_stopsWhatItHolds_inUOrder() {
		Map<String, String> down = down("R1");
		assertEquals(List.of("H-01", "LB-01", "SW"), List.copyOf(down.keySet()));
		assertEquals("down with rack R1", down.get("H-01"));
	}

	@Test
	void aUnitOfAPair_failsAlone_andThePairAsAWhole() {
		assertEquals(Map.of("LB-02", "failed"), down("LB-02"));
		assertEquals(Map.of("LB-01", "failed", "LB-02", "failed"), down("LB"));
	}
}
