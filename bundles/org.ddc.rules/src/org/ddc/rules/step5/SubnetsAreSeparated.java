package org.ddc.rules.step5;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ddc.analysis.DesignIndex;
import org.ddc.model.DdcPackage;
import org.ddc.model.NetworkSwitch;
import org.ddc.model.Subnet;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-5-03: subnets are separated by cabling or by VLAN (L466). Subnets that share a switch (by their
 * 'switches' list or by connections) each need their own VLAN ID.
 */
public final class SubnetsAreSeparated extends Rule {

	public SubnetsAreSeparated() {
		super("IPD-5-03");
	}

	@Override
	public void check(RuleContext context) {
		Map<NetworkSwitch, Set<Subnet>> onSwitch = new IdentityHashMap<>();
		for (Subnet subnet : context.index().all(Subnet.class)) {
			subnet.getSwitches().stream().filter(DesignIndex::live)
					.forEach(s -> onSwitch.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(subnet));
		}
		context.analysis().network().subnetSwitches().forEach((subnet, switches) -> switches
				.keySet().forEach(s -> onSwitch.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(subnet)));
		Set<Subnet> reported = new HashSet<>();
		for (NetworkSwitch networkSwitch : context.index().all(NetworkSwitch.class)) {
			List<Subnet> subnets = List.copyOf(onSwitch.getOrDefault(networkSwitch, Set.of()));
			if (subnets.size() < 2) {
				continue;
			}
			Map<Integer, Subnet> byVlan = new HashMap<>();
			for (Subnet subnet : subnets) {
				Subnet other = subnets.get(subnet == subnets.get(0) ? 1 : 0);
				if (!subnet.isSetVlan()) {
					if (reported.add(subnet)) {
						context.report(subnet, DdcPackage.Literals.ELEMENT__NAME, "subnet " + subnet.getName()
								+ " shares switch " + networkSwitch.getName() + " with " + other.getName()
								+ " but has no VLAN: give it its own VLAN ID ('vlan …') or cable it to separate switches");
					}
					continue;
				}
				Subnet same = byVlan.putIfAbsent(subnet.getVlan(), subnet);
				if (same != null && reported.add(subnet)) {
					context.report(subnet, DdcPackage.Literals.SUBNET__VLAN, "subnets " + same.getName() + " and "
							+ subnet.getName() + " both use VLAN " + subnet.getVlan() + " on switch "
							+ networkSwitch.getName() + ", so they are not separated: give each subnet its own VLAN ID");
				}
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				switch SW-1 { ports 48 managed yes partner SW-2 }
				switch SW-2 { ports 48 managed yes partner SW-1 }
				subnet NET-MGMT { vlan 10 purpose host-management switches SW-1, SW-2 }
				subnet NET-GUEST { purpose guest-traffic switches SW-1, SW-2 }
				""";
	}

	@Override
	public String passingExample() {
		return """
				switch SW-1 { ports 48 managed yes partner SW-2 }
				switch SW-2 { ports 48 managed yes partner SW-1 }
				subnet NET-MGMT { vlan 10 purpose host-management switches SW-1, SW-2 }
				subnet NET-GUEST { vlan 110 purpose guest-traffic switches SW-1, SW-2 }
				""";
	}
}
