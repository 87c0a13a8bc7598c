package org.ddc.rules.step5;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.ddc.analysis.DesignIndex;
import org.ddc.analysis.network.Link;
import org.ddc.analysis.network.LinkKind;
import org.ddc.model.DdcPackage;
import org.ddc.model.NetworkSwitch;
import org.ddc.model.Subnet;
import org.ddc.rules.Fix;
import org.ddc.rules.MessageLists;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-5-16: Table A-5 records the switches that serve each subnet (L478). A subnet's 'switches' list names every
 * switch that a host, server, load balancer or management port connects it to (firewall interfaces: IPD-5-33).
 */
public final class SubnetSwitchesAreRecorded extends Rule {

	public SubnetSwitchesAreRecorded() {
		super("IPD-5-16");
	}

	@Override
	public void check(RuleContext context) {
		Map<Subnet, Map<NetworkSwitch, Link>> connected = context.analysis().network()
				.subnetSwitches(EnumSet.complementOf(EnumSet.of(LinkKind.FIREWALL)));
		for (Subnet subnet : context.index().all(Subnet.class)) {
			Map<NetworkSwitch, Link> switches = connected.getOrDefault(subnet, Map.of());
			List<NetworkSwitch> recorded = subnet.getSwitches().stream().filter(DesignIndex::live).toList();
			if (recorded.isEmpty() && !switches.isEmpty()) {
				context.report(subnet, DdcPackage.Literals.ELEMENT__NAME, "subnet " + subnet.getName()
						+ " records no switches but is connected on " + MessageLists.allNames(switches.keySet())
						+ ": record the switches that serve it ('switches " + MessageLists.allNames(switches.keySet()) + "')",
						Fix.add("switches", switches.keySet().iterator().next().getName(), "Record the first switch"));
				continue;
			}
			List<String> missing = new ArrayList<>();
			switches.forEach((networkSwitch, link) -> {
				if (!recorded.contains(networkSwitch)) {
					missing.add(networkSwitch.getName() + " (by " + link.label() + ")");
				}
			});
			if (!missing.isEmpty()) {
				context.report(subnet, DdcPackage.Literals.SUBNET__SWITCHES, "subnet " + subnet.getName()
						+ " is also connected on " + MessageLists.joinAll(missing) + " but records only "
						+ MessageLists.allNames(recorded) + ": add those switches to its 'switches' or move the connections");
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				switch SW-1 { ports 48 managed yes partner SW-2 }
				switch SW-2 { ports 48 managed yes partner SW-1 }
				subnet NET-MGMT { vlan 10 purpose host-management switches SW-1 }
				host-design H {
					adapter NIC-M ports 2 speed 1 Gbps purpose host-management {
						port 1 switch SW-1 subnets NET-MGMT
						port 2 switch SW-2 subnets NET-MGMT
					}
				}
				""";
	}

	@Override
	public String passingExample() {
		return """
				switch SW-1 { ports 48 managed yes partner SW-2 }
				switch SW-2 { ports 48 managed yes partner SW-1 }
				subnet NET-MGMT { vlan 10 purpose host-management switches SW-1, SW-2 }
				host-design H {
					adapter NIC-M ports 2 speed 1 Gbps purpose host-management {
						port 1 switch SW-1 subnets NET-MGMT
						port 2 switch SW-2 subnets NET-MGMT
					}
				}
				""";
	}
}
