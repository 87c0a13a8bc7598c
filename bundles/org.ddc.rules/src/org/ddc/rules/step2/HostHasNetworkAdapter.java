package org.ddc.rules.step2;

import org.ddc.model.DdcPackage;
import org.ddc.model.HostDesign;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/** IPD-2-20: a minimum of one network adapter per host (L178). */
public final class HostHasNetworkAdapter extends Rule {

	public HostHasNetworkAdapter() {
		super("IPD-2-20");
	}

	@Override
	public void check(RuleContext context) {
		for (HostDesign host : context.index().all(HostDesign.class)) {
			if (host.getAdapters().isEmpty()) {
				context.report(host, DdcPackage.Literals.ELEMENT__NAME, "host design " + host.getName()
						+ " has no network adapter: add at least one ('adapter <name> ports <n> purpose <purpose>'), "
						+ "better one per purpose: host management, VM servicing, cluster heartbeat, guest traffic");
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				host-design HD-1 { quantity 2 memory 256 GB }
				""";
	}

	@Override
	public String passingExample() {
		return """
				host-design HD-1 {
					quantity 2 memory 256 GB
					adapter NIC-1 ports 2 purpose host-management, guest-traffic vlan-tagging
				}
				""";
	}
}
