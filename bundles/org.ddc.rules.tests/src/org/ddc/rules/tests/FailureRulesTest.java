package org.ddc.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ddc.dsl.validation.Finding;
import org.junit.jupiter.api.Test;

/** The single-point-of-failure rules: what they name, and what they leave to other rules. */
class FailureRulesTest {
	private static final String HOSTS_IN_ONE_RACK = """
			rack R1 { height 42 U }
			rack R2 { height 42 U }
			host-design H { quantity 3 cluster-size 3 memory 128 GB height 2 U placement R1 at U 1 count 3 }
			workload-group G { host-design H }
			workload WEB { memory 4 GB instances 2 group G fault-tolerance required approach load-balancing }
			workload POOL { kind vdi-desktop memory 2 GB instances 20 group G }
			""";

	@Test
	void rackHoldingEveryInstance_isNamedWithItsHosts_andTheClusterItOverwhelms() {
		List<Finding> found = Designs.of("SPOF-RACK", Designs.validate(HOSTS_IN_ONE_RACK));
		assertEquals(1, found.size(), Designs.describe(found));
		String message = found.get(0).message();
		// the VDI pool loses every desktop too, but its desktops are not its fault tolerance: not named
		assertTrue(message.startsWith("rack R1 is a single point of failure for WEB, whose instances are their fault "
				+ "tolerance: every instance runs on hosts it takes down (H-01, H-02, H-03; e.g. H-01 down with rack "
				+ "R1), more than the N+k of H-CL1 absorbs"), message);
		assertEquals(1, found.get(0).line());
	}

	@Test
	void hostsSpreadOverRacks_leaveOneInstanceRunning() {
		String spread = HOSTS_IN_ONE_RACK.replace("placement R1 at U 1 count 3",
				"placement R1 at U 1 count 2 placement R2 at U 1");
		assertEquals(List.of(), Designs.of("SPOF-RACK", Designs.validate(spread)));
	}

	@Test
	void singleSupplyOnOneFeed_isThatFeedsSinglePoint() {
		String text = """
				power-feed A
				power-feed B
				rack R1 { height 42 U feed A 5 kW feed B 5 kW }
				host-design H { quantity 2 memory 128 GB height 2 U power-supplies 1 placement R1 at U 1 count 2 }
				workload-group G { host-design H }
				workload WEB { memory 4 GB instances 2 group G fault-tolerance required approach load-balancing }
				""";
		// one supply and no 'feeds': plugged into A or B, unknown which — either feed takes both hosts down
		List<Finding> found = Designs.of("SPOF-FEED", Designs.validate(text));
		assertEquals(2, found.size(), Designs.describe(found));
		assertTrue(found.get(0).message().contains("H-01 without power (A, its only supply's feed)"),
				found.get(0).message());
		assertEquals(List.of(), Designs.of("SPOF-FEED", Designs.validate(text.replace("power-supplies 1",
				"power-supplies 2 redundant"))));
	}
}
