package org.ddc.rules.racks;

import java.util.List;

import org.ddc.rules.Rule;

/** ddc's rules over the rack layout the analysis computes (RACK-…), in catalog order. */
public final class RackRules {
	private RackRules() {
	}

	public static List<Rule> all() {
		return List.of(new DevicesDoNotShareRackUnits(), new DevicesPlacedOncePerUnit(), new RackWithinPowerBudget(),
				new FeedsCarryTheLoadAlone());
	}
}
