package org.ddc.rules.racks;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ddc.analysis.Quantities;
import org.ddc.analysis.RackLayout;
import org.ddc.model.DdcPackage;
import org.ddc.model.Device;
import org.ddc.rules.MessageLists;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * The devices placed in a rack draw no more than the rack's power budget (the sum of each placed unit's
 * {@code power-draw}). When devices in the rack do not state their draw, the rack's total is a lower bound: the
 * finding says so instead of passing silently.
 */
public final class RackWithinPowerBudget extends Rule {

	public RackWithinPowerBudget() {
		super("RACK-POWER");
	}

	@Override
	public void check(RuleContext context) {
		for (RackLayout.RackUse use : context.analysis().racks().racks()) {
			double budget = use.budgetWatts();
			if (Double.isNaN(budget) || use.units().isEmpty()) {
				continue;
			}
			if (use.watts() > budget) {
				context.report(use.rack(), DdcPackage.Literals.RACK__POWER_BUDGET, "rack " + use.rack().getName()
						+ " draws " + Quantities.power(use.watts()) + " (" + consumers(use) + ") but its power budget is "
						+ Quantities.power(budget) + ": move devices to another rack or raise 'power-budget'");
			} else if (!use.unknownPower().isEmpty()) {
				List<String> unknown = use.unknownPower().stream().map(Device::getName).toList();
				context.notChecked(use.rack(), DdcPackage.Literals.RACK__POWER_BUDGET, "rack " + use.rack().getName()
						+ "'s power budget of " + Quantities.power(budget) + ": " + MessageLists.join(unknown, 4)
						+ (unknown.size() == 1 ? " states" : " state") + " no 'power-draw' (the others draw "
						+ Quantities.power(use.watts()) + "); add it");
			}
		}
	}

	/** "HD-WEB 4 × 450 W, SW-A 150 W": the largest consumers first. */
	private static String consumers(RackLayout.RackUse use) {
		Map<Device, double[]> byDevice = new LinkedHashMap<>();
		for (RackLayout.Unit unit : use.units()) {
			if (!Double.isNaN(unit.watts())) {
				double[] countAndWatts = byDevice.computeIfAbsent(unit.device(), d -> new double[2]);
				countAndWatts[0]++;
				countAndWatts[1] += unit.watts();
			}
		}
		List<String> parts = byDevice.entrySet().stream()
				.sorted(Comparator.comparingDouble((Map.Entry<Device, double[]> e) -> -e.getValue()[1]))
				.map(e -> e.getKey().getName() + " " + (e.getValue()[0] > 1
						? Quantities.number(e.getValue()[0]) + " × " + Quantities.power(e.getValue()[1] / e.getValue()[0])
						: Quantities.power(e.getValue()[1])))
				.toList();
		return MessageLists.join(parts, 3);
	}

	@Override
	public String firingExample() {
		return """
				rack R01 { height 42 U power-budget 1.5 kW }
				host-design HD-WEB { quantity 4 height 2 U power-draw 450 W placement R01 at U 2 count 4 }
				switch SW-A { height 1 U power-draw 150 W placement R01 at U 42 }
				""";
	}

	@Override
	public String passingExample() {
		return """
				rack R01 { height 42 U power-budget 2 kW }
				host-design HD-WEB { quantity 4 height 2 U power-draw 450 W placement R01 at U 2 count 4 }
				switch SW-A { height 1 U power-draw 150 W placement R01 at U 42 }
				""";
	}
}
