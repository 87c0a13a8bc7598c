package org.ddc.rules.step5;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.ddc.analysis.DesignIndex;
import org.ddc.model.HostDesign;
import org.ddc.model.NetworkAdapter;
import org.ddc.model.NetworkSwitch;
import org.ddc.model.NicTeam;
import org.ddc.model.PortConnection;
import org.ddc.model.SwitchCapability;
import org.ddc.rules.MessageLists;
import org.ddc.rules.RuleContext;

/**
 * IPD-5-10: switches support link aggregation (bonding, trunking, teaming) for scalability and connection
 * redundancy (L474). The finding names the host teams connected to the switch.
 */
public final class SwitchSupportsLinkAggregation extends SwitchCapabilityRule {
	private Map<NetworkSwitch, List<String>> teams = Map.of();

	public SwitchSupportsLinkAggregation() {
		super("IPD-5-10", SwitchCapability.LINK_AGGREGATION, "link aggregation",
				"for network scalability and connection redundancy");
	}

	@Override
	void prepare(RuleContext context) {
		teams = new IdentityHashMap<>();
		for (NicTeam team : context.index().all(NicTeam.class)) {
			String label = (team.eContainer() instanceof HostDesign host ? host.getName() + " " : "") + "team "
					+ team.getName();
			for (NetworkAdapter member : team.getMembers()) {
				if (!DesignIndex.live(member)) {
					continue;
				}
				for (PortConnection port : member.getPorts()) {
					if (DesignIndex.live(port.getSwitch())) {
						List<String> list = teams.computeIfAbsent(port.getSwitch(), s -> new ArrayList<>());
						if (!list.contains(label)) {
							list.add(label);
						}
					}
				}
			}
		}
	}

	@Override
	String context(NetworkSwitch networkSwitch) {
		List<String> connected = teams.getOrDefault(networkSwitch, List.of());
		return connected.isEmpty() ? "" : ", yet host teams connect to it (" + MessageLists.joinAll(connected) + ")";
	}
}
