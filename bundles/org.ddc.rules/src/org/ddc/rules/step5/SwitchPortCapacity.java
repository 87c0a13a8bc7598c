package org.ddc.rules.step5;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.ddc.analysis.network.Link;
import org.ddc.analysis.network.LinkKind;
import org.ddc.analysis.network.NetworkAnalysis;
import org.ddc.model.DdcPackage;
import org.ddc.model.NetworkAdapter;
import org.ddc.model.NetworkSwitch;
import org.ddc.rules.Fix;
import org.ddc.rules.MessageLists;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-5-01: every switch has ports for everything connected to it (L455–457): host adapter ports × host quantity,
 * management server interfaces × count, load balancer and firewall interfaces × quantity and the management ports
 * of storage systems and switches; no adapter is faster than the switch it is connected to.
 */
public final class SwitchPortCapacity extends Rule {

	public SwitchPortCapacity() {
		super("IPD-5-01");
	}

	@Override
	public void check(RuleContext context) {
		NetworkAnalysis network = context.analysis().network();
		Map<NetworkSwitch, List<String>> faster = new IdentityHashMap<>();
		for (Link link : network.links()) {
			NetworkSwitch networkSwitch = link.networkSwitch();
			if (networkSwitch == null) {
				continue;
			}
			if (link.connection().eContainer() instanceof NetworkAdapter adapter && adapter.getSpeed() != null
					&& networkSwitch.getSpeed() != null
					&& adapter.getSpeed().base() > networkSwitch.getSpeed().base()) {
				faster.computeIfAbsent(networkSwitch, s -> new ArrayList<>())
						.add(link.label() + " (" + adapter.getSpeed() + ")");
			}
		}
		for (NetworkSwitch networkSwitch : context.index().all(NetworkSwitch.class)) {
			Map<LinkKind, Integer> kinds = network.ports(networkSwitch);
			int total = kinds.values().stream().mapToInt(Integer::intValue).sum();
			List<String> parts = new ArrayList<>();
			kinds.forEach((kind, n) -> parts.add(n + " " + kind.label() + " port" + (n == 1 ? "" : "s")));
			String name = networkSwitch.getName();
			if (!networkSwitch.isSetPortCount() && total > 0) {
				context.report(networkSwitch, DdcPackage.Literals.ELEMENT__NAME, "switch " + name
						+ " declares no port count but " + total + " ports are connected to it (" + MessageLists.joinAll(parts)
						+ "): record its capacity ('ports " + total + "' or more)",
						Fix.set("ports", String.valueOf(total), "Set the port count to " + total));
			} else if (networkSwitch.isSetPortCount() && total > networkSwitch.getPortCount()) {
				context.report(networkSwitch, DdcPackage.Literals.NETWORK_SWITCH__PORT_COUNT, "switch " + name
						+ " has " + networkSwitch.getPortCount() + " ports but " + total + " are connected ("
						+ MessageLists.joinAll(parts) + "): use a switch with at least " + total
						+ " ports or move connections to " + SwitchText.partnerOf(networkSwitch));
			}
			List<String> fast = faster.get(networkSwitch);
			if (fast != null) {
				context.report(networkSwitch, DdcPackage.Literals.NETWORK_SWITCH__SPEED, "switch " + name + " runs at "
						+ networkSwitch.getSpeed() + " but faster adapters are connected to it: "
						+ MessageLists.joinAll(fast) + " — use faster switch ports or match the adapter speed");
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				subnet NET-MGMT { vlan 10 purpose host-management switches SW-1, SW-2 }
				switch SW-1 { ports 8 speed 10 Gbps managed yes partner SW-2 }
				switch SW-2 { ports 8 speed 10 Gbps managed yes partner SW-1 }
				host-design H {
					quantity 6
					adapter NIC-1 ports 2 speed 10 Gbps purpose host-management {
						port 1 switch SW-1 subnets NET-MGMT
						port 2 switch SW-2 subnets NET-MGMT
					}
					adapter NIC-2 ports 1 speed 10 Gbps purpose host-management { port 1 switch SW-1 subnets NET-MGMT }
				}
				""";
	}

	@Override
	public String passingExample() {
		return """
				subnet NET-MGMT { vlan 10 purpose host-management switches SW-1, SW-2 }
				switch SW-1 { ports 24 speed 10 Gbps managed yes partner SW-2 }
				switch SW-2 { ports 24 speed 10 Gbps managed yes partner SW-1 }
				host-design H {
					quantity 6
					adapter NIC-1 ports 2 speed 10 Gbps purpose host-management {
						port 1 switch SW-1 subnets NET-MGMT
						port 2 switch SW-2 subnets NET-MGMT
					}
					adapter NIC-2 ports 1 speed 10 Gbps purpose host-management { port 1 switch SW-1 subnets NET-MGMT }
				}
				""";
	}
}
