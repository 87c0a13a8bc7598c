package org.ddc.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.ddc.analysis.DesignIndex;
import org.ddc.analysis.RackLayout;
import org.ddc.dsl.DdcStandaloneSetup;
import org.ddc.dsl.load.DesignLoader;
import org.ddc.dsl.validation.Finding;
import org.ddc.model.HostDesign;
import org.ddc.rules.Severity;
import org.junit.jupiter.api.Test;

/** The rack layout the analysis computes (units, U ranges, power), and the RACK rules that read it. */
class RackRulesTest {

	private static final String TWO_RACKS = """
			rack R01 { height 42 U power-budget 2 kW }
			rack R02 { height 42 U }
			host-design HD-WEB {
				quantity 3 height 2 U power-draw 450 W
				placement R01 at U 2 count 2
				placement R02 at U 10
			}
			switch SW-A { height 1 U power-draw 150 W placement R01 at U 42 }
			""";

	private static List<Finding> of(String id, String text) {
		return Designs.of(id, Designs.validate(text));
	}

	private static RackLayout layout(String text) {
		DesignLoader loader = DdcStandaloneSetup.injector().getInstance(DesignLoader.class);
		return RackLayout.of(DesignIndex.of(loader.loadText(new java.util.LinkedHashMap<>(java.util.Map.of("d.ddc", text)))
				.models()));
	}

	@Test
	void unitsAreNumberedInPlacementOrderAndStackedUpwardByDeviceHeight() {
		RackLayout layout = layout(TWO_RACKS);
		HostDesign web = (HostDesign) layout.racks().get(1).units().get(0).device();
		List<String> units = layout.units(web).stream()
				.map(u -> u.name() + " " + u.rack().getName() + " U" + u.fromU() + "-" + u.toU()).toList();
		assertEquals(List.of("HD-WEB-01 R01 U2-3", "HD-WEB-02 R01 U4-5", "HD-WEB-03 R02 U10-11"), units);
		RackLayout.RackUse r01 = layout.racks().get(0);
		// 2 hosts × 2 U + 1 U switch; 2 × 450 W + 150 W
		assertEquals(5, r01.usedU());
		assertEquals(1050, r01.watts(), 1e-9);
		assertEquals(List.of(), layout.overlaps());
		assertEquals(List.of(), layout.mismatches());
	}

	@Test
	void overlap_namesBothUnitsAndTheFirstSharedUnit_atThePlacementDeclaredLater() {
		List<Finding> findings = of("RACK-SPACE", """
				rack R01 { height 42 U }
				switch SW-A { height 1 U placement R01 at U 42 }
				host-design HD-WEB { quantity 2 height 2 U placement R01 at U 39 count 2 }
				""");
		assertEquals(1, findings.size(), Designs.describe(findings));
		assertEquals("HD-WEB-02 (U 41–42) and SW-A (U 42) both occupy U 42 of rack R01: move one of them to free rack"
				+ " units or into another rack", findings.get(0).message());
		assertEquals(3, findings.get(0).line());
	}

	@Test
	void fewerPlacedThanQuantity_namesTheHostsWithoutRackSpace() {
		List<Finding> findings = of("RACK-PLACED", """
				rack R01 { height 42 U }
				host-design HD-WEB { quantity 4 height 2 U placement R01 at U 2 count 2 }
				""");
		assertEquals(1, findings.size(), Designs.describe(findings));
		assertEquals("host design HD-WEB has 4 hosts but its placements hold 2: HD-WEB-03, HD-WEB-04 have no rack"
				+ " space; add a 'placement <rack> at U <n> count 2'", findings.get(0).message());
	}

	@Test
	void morePlacedThanQuantity_isReported_andAnUnplacedDeviceOnlyWhenTheDesignPlansRacks() {
		assertEquals(1, of("RACK-PLACED", """
				rack R01 { height 42 U }
				load-balancer LB { quantity 2 placement R01 at U 20 count 3 }
				""").size());
		// no device placed anywhere: the design does not plan racks yet, nothing to compare
		assertEquals(0, of("RACK-PLACED", """
				rack R01 { height 42 U }
				load-balancer LB { quantity 2 }
				""").size());
		// one device placed: the other physical devices need a place too; a virtual management server does not
		List<Finding> findings = of("RACK-PLACED", """
				rack R01 { height 42 U }
				switch SW-A { placement R01 at U 42 }
				load-balancer LB { quantity 2 }
				management-server VMM { roles vmm runs virtual-inside }
				""");
		assertEquals(1, findings.size(), Designs.describe(findings));
		assertEquals(true, findings.get(0).message().startsWith("load balancer LB has 2 units but its placements hold 0"),
				findings.get(0).message());
	}

	@Test
	void powerOverBudget_listsTheLargestConsumersFirst() {
		List<Finding> findings = of("RACK-POWER", """
				rack R01 { height 42 U power-budget 1.5 kW }
				switch SW-A { height 1 U power-draw 150 W placement R01 at U 42 }
				host-design HD-WEB { quantity 4 height 2 U power-draw 450 W placement R01 at U 2 count 4 }
				""");
		assertEquals(1, findings.size(), Designs.describe(findings));
		// 4 × 450 W + 150 W = 1,950 W, written as 2 kW (one decimal)
		assertEquals("rack R01 draws 2 kW (HD-WEB 4 × 450 W, SW-A 150 W) but its power budget is 1.5 kW: move"
				+ " devices to another rack or raise 'power-budget'", findings.get(0).message());
		assertEquals(Severity.ERROR, findings.get(0).severity());
	}

	@Test
	void unknownPowerDraw_isAnInfoThatTheBudgetWasNotChecked_notAPass() {
		List<Finding> findings = of("RACK-POWER", """
				rack R01 { height 42 U power-budget 5 kW }
				switch SW-A { height 1 U placement R01 at U 42 }
				host-design HD-WEB { quantity 2 height 2 U power-draw 450 W placement R01 at U 2 count 2 }
				""");
		assertEquals(1, findings.size(), Designs.describe(findings));
		assertEquals(Severity.INFO, findings.get(0).severity());
		assertEquals("not checked: rack R01's power budget of 5 kW: SW-A states no 'power-draw' (the others draw"
				+ " 900 W); add it", findings.get(0).message());
	}

	@Test
	void devicesStackedOnOneUnit_eachOverlapTheFirstOnce_notEveryOther() {
		StringBuilder text = new StringBuilder("rack R01 { height 42 U }\n");
		for (int i = 1; i <= 300; i++) {
			text.append("switch SW-").append(i).append(" { placement R01 at U 1 }\n");
		}
		List<Finding> findings = of("RACK-SPACE", text.toString());
		// one finding per switch after the first, each naming SW-1 (not 300 × 299 / 2 pairs)
		assertEquals(299, findings.size());
		assertEquals(true, findings.stream().allMatch(f -> f.message().contains("and SW-1 (U 1)")), findings.get(0).message());
	}

	@Test
	void aHugeQuantityWithoutPlacements_namesTheFirstUnplacedHostsAndCountsTheRest() {
		List<Finding> findings = of("RACK-PLACED", """
				rack R01 { height 42 U }
				host-design HD-WEB { quantity 2000000 placement R01 at U 2 }
				""");
		// and a placement count of millions is not laid out unit by unit (it runs past the rack's top anyway)
		assertEquals(1, of("RACK-PLACED", """
				rack R01 { height 42 U }
				host-design HD-WEB { quantity 2 placement R01 at U 2 count 2000000000 }
				""").size());
		assertEquals(1, findings.size(), Designs.describe(findings));
		assertEquals(true, findings.get(0).message().contains(
				"HD-WEB-0000002, HD-WEB-0000003, HD-WEB-0000004, HD-WEB-0000005 and 1,999,995 more have no rack space"),
				findings.get(0).message());
	}

	@Test
	void eachCircuitAndFeedMustCarryTheFullLoadWhenTheOtherFeedFails() {
		List<Finding> findings = of("RACK-FEED", """
				power-feed FEED-A { capacity 3 kW }
				power-feed FEED-B { capacity 10 kW }
				rack R01 { height 42 U feed FEED-A 2 kW feed FEED-B 3 kW }
				rack R02 { height 42 U feed FEED-A 2 kW feed FEED-B 3 kW }
				host-design HD-WEB {
					quantity 6 height 2 U power-draw 600 W
					power-supplies 2 redundant feeds FEED-A, FEED-B
					placement R01 at U 2 count 4
					placement R02 at U 2 count 2
				}
				""");
		// R01: 4 × 600 W = 2.4 kW on each circuit when the other fails (1.2 kW normally): over A's 2 kW, within B's
		// 3 kW; R02: 1.2 kW, within both; feed A over both racks: 6 × 600 W = 3.6 kW (1.8 kW normally) > 3 kW
		// (findings in file order: the feed is declared first)
		assertEquals(List.of(
				"power feed FEED-A carries 1.8 kW normally and 3.6 kW when the devices' other feeds fail, but its"
						+ " capacity is 3 kW: raise it or move devices to another feed",
				"circuit FEED-A of rack R01 carries 1.2 kW normally and 2.4 kW when the devices' other feeds fail, but"
						+ " is rated 2 kW: raise the circuit's capacity or move devices to another rack"),
				findings.stream().map(Finding::message).toList());
	}
}
