package org.ddc.rules.racks;

import org.ddc.analysis.RackLayout;
import org.ddc.model.DdcPackage;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * Two devices cannot occupy the same rack unit: a switch at U 41–42 and a host stacked up to U 42 in the same rack
 * is a design that cannot be built. Reported at the placement declared later, naming both units and the first
 * shared U.
 */
public final class DevicesDoNotShareRackUnits extends Rule {

	public DevicesDoNotShareRackUnits() {
		super("RACK-SPACE");
	}

	@Override
	public void check(RuleContext context) {
		for (RackLayout.Overlap overlap : context.analysis().racks().overlaps()) {
			RackLayout.Unit lower = overlap.lower();
			RackLayout.Unit upper = overlap.upper();
			context.report(upper.placement(), DdcPackage.Literals.PLACEMENT__POSITION, upper.name() + " (U "
					+ range(upper) + ") and " + lower.name() + " (U " + range(lower) + ") both occupy U "
					+ overlap.firstSharedU() + " of rack " + upper.rack().getName()
					+ ": move one of them to free rack units or into another rack");
		}
	}

	private static String range(RackLayout.Unit unit) {
		return unit.fromU() == unit.toU() ? String.valueOf(unit.fromU()) : unit.fromU() + "–" + unit.toU();
	}

	@Override
	public String firingExample() {
		return """
				rack R01 { height 42 U }
				switch SW-A { height 1 U placement R01 at U 42 }
				host-design HD-WEB { quantity 2 height 2 U placement R01 at U 39 count 2 }
				""";
	}

	@Override
	public String passingExample() {
		return """
				rack R01 { height 42 U }
				switch SW-A { height 1 U placement R01 at U 42 }
				host-design HD-WEB { quantity 2 height 2 U placement R01 at U 38 count 2 }
				""";
	}
}
