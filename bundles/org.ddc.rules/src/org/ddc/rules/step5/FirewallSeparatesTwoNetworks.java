package org.ddc.rules.step5;

import java.util.LinkedHashSet;
import java.util.Set;

import org.ddc.analysis.network.NetworkAnalysis;
import org.ddc.model.DdcPackage;
import org.ddc.model.Firewall;
import org.ddc.model.PortConnection;
import org.ddc.model.Subnet;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-5-32: a firewall has at least two network connections, since it separates two networks (L499): two or more
 * interfaces, on at least two distinct subnets where subnets are declared.
 */
public final class FirewallSeparatesTwoNetworks extends Rule {

	public FirewallSeparatesTwoNetworks() {
		super("IPD-5-32");
	}

	@Override
	public void check(RuleContext context) {
		for (Firewall fw : context.index().all(Firewall.class)) {
			int interfaces = fw.getInterfaces().size();
			Set<Subnet> subnets = new LinkedHashSet<>();
			for (PortConnection connection : fw.getInterfaces()) {
				subnets.addAll(NetworkAnalysis.subnets(connection));
			}
			if (interfaces < 2) {
				context.report(fw, interfaces == 0 ? DdcPackage.Literals.ELEMENT__NAME
						: DdcPackage.Literals.FIREWALL__INTERFACES, "firewall " + fw.getName() + " has " + interfaces
						+ " network connection" + (interfaces == 1 ? "" : "s")
						+ ": it separates two networks, so connect it to both ('interface switch … subnets …' for each)");
			} else if (subnets.size() == 1) {
				context.report(fw, DdcPackage.Literals.FIREWALL__INTERFACES, "firewall " + fw.getName()
						+ " connects only to subnet " + subnets.iterator().next().getName()
						+ ": a firewall separates two networks — connect an interface to the network it protects");
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				switch SW-1 { ports 48 managed yes }
				subnet NET-OUT { vlan 900 purpose external switches SW-1 }
				firewall FW-1 { quantity 2 interface switch SW-1 subnets NET-OUT }
				""";
	}

	@Override
	public String passingExample() {
		return """
				switch SW-1 { ports 48 managed yes }
				subnet NET-OUT { vlan 900 purpose external switches SW-1 }
				subnet NET-DMZ { vlan 210 purpose external switches SW-1 }
				firewall FW-1 {
					quantity 2
					interface switch SW-1 subnets NET-OUT
					interface switch SW-1 subnets NET-DMZ
				}
				""";
	}
}
