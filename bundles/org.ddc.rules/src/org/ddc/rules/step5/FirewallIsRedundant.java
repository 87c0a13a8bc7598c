package org.ddc.rules.step5;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ddc.analysis.network.NetworkAnalysis;
import org.ddc.model.DdcPackage;
import org.ddc.model.Firewall;
import org.ddc.model.NetworkSwitch;
import org.ddc.model.PortConnection;
import org.ddc.model.Subnet;
import org.ddc.rules.Fix;
import org.ddc.rules.MessageLists;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-5-31: firewalls are fault tolerant, with multiple I/O paths to the redundant firewalls (L498): at least two
 * units, and every subnet the firewall connects reaches it through two or more switches. (A firewall whose
 * interfaces all go to one switch is reported by IPD-5-13.)
 */
public final class FirewallIsRedundant extends Rule {

	public FirewallIsRedundant() {
		super("IPD-5-31");
	}

	@Override
	public void check(RuleContext context) {
		for (Firewall fw : context.index().all(Firewall.class)) {
			if (fw.getQuantity() < 2) {
				boolean set = fw.eIsSet(DdcPackage.Literals.FIREWALL__QUANTITY);
				context.report(fw, set ? DdcPackage.Literals.FIREWALL__QUANTITY : DdcPackage.Literals.ELEMENT__NAME,
						"firewall " + fw.getName() + " is a single unit" + (set ? "" : " (no quantity declared)")
								+ ": make it fault tolerant with a redundant pair ('quantity 2')",
						Fix.set("quantity", "2", "Deploy a pair"));
			}
			if (NetworkAnalysis.switches(fw.getInterfaces()).size() < 2) {
				continue;
			}
			Map<Subnet, Set<NetworkSwitch>> paths = new LinkedHashMap<>();
			for (PortConnection connection : fw.getInterfaces()) {
				if (NetworkAnalysis.switches(List.of(connection)).isEmpty()) {
					continue;
				}
				for (Subnet subnet : NetworkAnalysis.subnets(connection)) {
					paths.computeIfAbsent(subnet, s -> java.util.Collections.newSetFromMap(new IdentityHashMap<>()))
							.add(connection.getSwitch());
				}
			}
			List<String> single = new ArrayList<>();
			paths.forEach((subnet, switches) -> {
				if (switches.size() == 1) {
					single.add(subnet.getName() + " (only via " + switches.iterator().next().getName() + ")");
				}
			});
			if (!single.isEmpty()) {
				context.report(fw, DdcPackage.Literals.FIREWALL__INTERFACES, "firewall " + fw.getName()
						+ " has a single I/O path for " + MessageLists.joinAll(single)
						+ ": add an interface on the partner switch for each of these connections");
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				switch SW-1 { ports 48 managed yes partner SW-2 }
				switch SW-2 { ports 48 managed yes partner SW-1 }
				subnet NET-OUT { vlan 900 purpose external switches SW-1, SW-2 }
				subnet NET-DMZ { vlan 210 purpose external switches SW-1, SW-2 }
				firewall FW-1 {
					quantity 2
					interface switch SW-1 subnets NET-OUT, NET-DMZ
					interface switch SW-2 subnets NET-DMZ
				}
				""";
	}

	@Override
	public String passingExample() {
		return """
				switch SW-1 { ports 48 managed yes partner SW-2 }
				switch SW-2 { ports 48 managed yes partner SW-1 }
				subnet NET-OUT { vlan 900 purpose external switches SW-1, SW-2 }
				subnet NET-DMZ { vlan 210 purpose external switches SW-1, SW-2 }
				firewall FW-1 {
					quantity 2
					interface switch SW-1 subnets NET-OUT, NET-DMZ
					interface switch SW-2 subnets NET-OUT, NET-DMZ
				}
				""";
	}
}
