package org.ddc.rules.racks;

import org.ddc.analysis.Quantities;
import org.ddc.analysis.RackLayout;
import org.ddc.model.DdcPackage;
import org.ddc.model.Device;
import org.ddc.rules.MessageLists;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * Redundant power supplies on two feeds protect a device only if either feed can carry it alone: when feed B
 * fails, every device on A and B draws its full load from A. Each rack circuit and each power feed is checked at
 * that worst case against its capacity (guide L164: each power supply on a separate source, or the source is a
 * single point of failure — and a source too small for the whole load fails with its partner).
 */
public final class FeedsCarryTheLoadAlone extends Rule {

	public FeedsCarryTheLoadAlone() {
		super("RACK-FEED");
	}

	@Override
	public void check(RuleContext context) {
		RackLayout layout = context.analysis().racks();
		for (RackLayout.CircuitLoad load : layout.circuits()) {
			double capacity = load.capacityWatts();
			if (Double.isNaN(capacity) || load.worstCaseWatts() <= 0) {
				continue;
			}
			String circuit = "circuit " + load.circuit().getFeed().getName() + " of rack " + load.rack().getName();
			if (load.worstCaseWatts() > capacity) {
				context.report(load.circuit(), DdcPackage.Literals.POWER_CIRCUIT__CAPACITY, circuit + " carries "
						+ loads(load.normalWatts(), load.worstCaseWatts()) + ", but is rated " + Quantities.power(capacity)
						+ ": raise the circuit's capacity or move devices to another rack");
			} else if (!load.unattributed().isEmpty()) {
				context.notChecked(load.circuit(), DdcPackage.Literals.POWER_CIRCUIT__CAPACITY, circuit + ": "
						+ MessageLists.join(load.unattributed().stream().map(Device::getName).toList(), 4)
						+ " in the rack name no feed on their 'power-supplies'; add 'feeds'");
			}
		}
		for (RackLayout.FeedLoad load : layout.feeds()) {
			double capacity = load.capacityWatts();
			if (!Double.isNaN(capacity) && load.worstCaseWatts() > capacity) {
				context.report(load.feed(), DdcPackage.Literals.POWER_FEED__CAPACITY, "power feed "
						+ load.feed().getName() + " carries " + loads(load.normalWatts(), load.worstCaseWatts()) + ", but its "
						+ "capacity is " + Quantities.power(capacity) + ": raise it or move devices to another feed");
			}
		}
	}

	/** "1.2 kW normally and 2.4 kW when the devices' other feeds fail". */
	private static String loads(double normalWatts, double worstCaseWatts) {
		return Quantities.power(normalWatts) + " normally and " + Quantities.power(worstCaseWatts)
				+ " when the devices' other feeds fail";
	}

	@Override
	public String firingExample() {
		return """
				power-feed FEED-A { capacity 10 kW }
				power-feed FEED-B { capacity 10 kW }
				rack R01 { height 42 U feed FEED-A 2 kW feed FEED-B 2 kW }
				host-design HD-WEB {
					quantity 4 height 2 U power-draw 600 W
					power-supplies 2 redundant feeds FEED-A, FEED-B
					placement R01 at U 2 count 4
				}
				""";
	}

	@Override
	public String passingExample() {
		return """
				power-feed FEED-A { capacity 10 kW }
				power-feed FEED-B { capacity 10 kW }
				rack R01 { height 42 U feed FEED-A 2.5 kW feed FEED-B 2.5 kW }
				host-design HD-WEB {
					quantity 4 height 2 U power-draw 600 W
					power-supplies 2 redundant feeds FEED-A, FEED-B
					placement R01 at U 2 count 4
				}
				""";
	}
}
