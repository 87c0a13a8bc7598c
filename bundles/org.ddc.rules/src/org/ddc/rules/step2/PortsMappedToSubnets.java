package org.ddc.rules.step2;

import java.util.LinkedHashSet;
import java.util.Set;

import org.ddc.analysis.DesignIndex;
import org.ddc.model.DdcPackage;
import org.ddc.model.HostDesign;
import org.ddc.model.NetworkAdapter;
import org.ddc.model.NicPurpose;
import org.ddc.model.PortConnection;
import org.ddc.model.Subnet;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-2-30: tally the network ports of each host and identify the subnets or VLANs they connect to (L186): every
 * adapter has a purpose and at least one port connection, and every port on a network switch names its subnets
 * (port numbers beyond an adapter's ports are language errors).
 */
public final class PortsMappedToSubnets extends Rule {

	public PortsMappedToSubnets() {
		super("IPD-2-30");
	}

	@Override
	public void check(RuleContext context) {
		for (HostDesign host : context.index().all(HostDesign.class)) {
			for (NetworkAdapter adapter : host.getAdapters()) {
				String where = "adapter " + adapter.getName() + " of host design " + host.getName();
				Set<NicPurpose> subnetPurposes = new LinkedHashSet<>();
				if (adapter.getPorts().isEmpty()) {
					context.report(adapter, DdcPackage.Literals.NETWORK_ADAPTER__NAME, where + " has no port connection: "
							+ "map each port in use to its switch and subnets ('{ port 1 switch <switch> subnets <subnet> }')");
				}
				for (PortConnection port : adapter.getPorts()) {
					for (Subnet subnet : port.getSubnets()) {
						if (DesignIndex.live(subnet) && subnet.isSetPurpose()) {
							subnetPurposes.add(subnet.getPurpose());
						}
					}
					if (DesignIndex.live(port.getSwitch()) && port.getSubnets().isEmpty()) {
						context.report(port, DdcPackage.Literals.PORT_CONNECTION__SWITCH, "a port of " + where
								+ " connects to switch " + port.getSwitch().getName()
								+ " but names no subnet: add 'subnets <subnet>' for the VLANs it carries");
					}
				}
				if (adapter.getPurposes().isEmpty()) {
					String only = subnetPurposes.size() == 1 ? subnetPurposes.iterator().next().getLiteral() : null;
					context.report(adapter, DdcPackage.Literals.NETWORK_ADAPTER__NAME, where + " has no purpose: add "
							+ "'purpose " + (only != null ? only : "<purpose>") + "' (host management, VM servicing, "
							+ "heartbeat, guest traffic, backup …)",
							only != null ? Fix.set("purpose", only, "Use it for " + only) : null);
				}
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				switch SW-A { ports 48 }
				host-design HD-1 {
					memory 256 GB
					adapter NIC-MGMT ports 1 purpose host-management { port 1 switch SW-A }
					adapter NIC-GUEST ports 2 purpose guest-traffic vlan-tagging
				}
				""";
	}

	@Override
	public String passingExample() {
		return """
				switch SW-A { ports 48 }
				subnet NET-MGMT { vlan 10 purpose host-management switches SW-A }
				subnet NET-APP { vlan 110 purpose guest-traffic switches SW-A }
				host-design HD-1 {
					memory 256 GB
					adapter NIC-MGMT ports 1 purpose host-management { port 1 switch SW-A subnets NET-MGMT }
					adapter NIC-GUEST ports 2 purpose guest-traffic vlan-tagging { port 1 switch SW-A subnets NET-APP }
				}
				""";
	}
}
