package org.ddc.rules.step5;

import org.ddc.model.DdcPackage;
import org.ddc.model.Device;
import org.ddc.model.Firewall;
import org.ddc.model.LoadBalancer;
import org.ddc.model.NetworkSwitch;
import org.ddc.model.PowerSupplies;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-5-35: business validation — fault tolerance also covers the power infrastructure of the network (L503).
 * A switch, load balancer or firewall whose declared power supplies are not redundant is pointed out.
 */
public final class NetworkDevicesHaveRedundantPower extends Rule {

	public NetworkDevicesHaveRedundantPower() {
		super("IPD-5-35");
	}

	@Override
	public void check(RuleContext context) {
		for (Device device : context.index().all(Device.class)) {
			String kind = device instanceof NetworkSwitch ? "switch"
					: device instanceof LoadBalancer ? "load balancer" : device instanceof Firewall ? "firewall" : null;
			PowerSupplies power = device.getPowerSupplies();
			if (kind == null || power == null || power.isRedundant() && power.getCount() >= 2) {
				continue;
			}
			String supplies = power.getCount() < 2 ? "only " + power.getCount() + " power supply"
					: power.getCount() + " power supplies that are not marked redundant";
			context.report(device, DdcPackage.Literals.DEVICE__POWER_SUPPLIES, kind + " " + device.getName() + " has "
					+ supplies + ": one power failure takes it down — use redundant supplies on separate feeds");
		}
	}

	@Override
	public String firingExample() {
		return """
				switch SW-1 { ports 48 managed yes power-supplies 1 }
				""";
	}

	@Override
	public String passingExample() {
		return """
				power-feed A
				power-feed B
				switch SW-1 { ports 48 managed yes power-supplies 2 redundant feeds A, B }
				""";
	}
}
