package org.ddc.rules.step5;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.ddc.analysis.network.Link;
import org.ddc.model.NetworkAdapter;
import org.ddc.model.NetworkSwitch;
import org.ddc.model.SwitchCapability;
import org.ddc.rules.MessageLists;
import org.ddc.rules.RuleContext;

/**
 * IPD-5-07: switches support IEEE 802.1Q VLANs (L471). The finding names the host adapters that send tagged VLAN
 * traffic to the switch: their guests cannot reach their VLANs through it.
 */
public final class SwitchSupportsVlanTagging extends SwitchCapabilityRule {
	private Map<NetworkSwitch, List<String>> tagged = Map.of();

	public SwitchSupportsVlanTagging() {
		super("IPD-5-07", SwitchCapability.VLAN_TAGGING, "IEEE 802.1Q VLANs",
				"so that subnets can be separated by VLAN and tagged host traffic passes");
	}

	@Override
	void prepare(RuleContext context) {
		tagged = new IdentityHashMap<>();
		for (Link link : context.analysis().network().links()) {
			if (link.networkSwitch() != null && link.connection().eContainer() instanceof NetworkAdapter adapter
					&& adapter.isVlanTagging()) {
				List<String> list = tagged.computeIfAbsent(link.networkSwitch(), s -> new ArrayList<>());
				if (!list.contains(link.label())) {
					list.add(link.label());
				}
			}
		}
	}

	@Override
	String context(NetworkSwitch networkSwitch) {
		List<String> adapters = tagged.getOrDefault(networkSwitch, List.of());
		return adapters.isEmpty() ? ""
				: ", yet tagged VLAN traffic arrives from " + MessageLists.joinAll(adapters) + " and will not pass";
	}

	@Override
	public String firingExample() {
		return """
				subnet NET-GUEST { vlan 110 purpose guest-traffic switches SW-1, SW-2 }
				switch SW-1 { ports 48 managed yes partner SW-2 capabilities snmp, link-aggregation }
				switch SW-2 { ports 48 managed yes partner SW-1 capabilities snmp, link-aggregation, ieee-802.1q }
				host-design H {
					adapter NIC-G ports 1 speed 10 Gbps purpose guest-traffic vlan-tagging {
						port 1 switch SW-1 subnets NET-GUEST
					}
				}
				""";
	}

	@Override
	public String passingExample() {
		return """
				subnet NET-GUEST { vlan 110 purpose guest-traffic switches SW-1, SW-2 }
				switch SW-1 { ports 48 managed yes partner SW-2 capabilities snmp, link-aggregation, ieee-802.1q }
				switch SW-2 { ports 48 managed yes partner SW-1 capabilities snmp, link-aggregation, ieee-802.1q }
				host-design H {
					adapter NIC-G ports 1 speed 10 Gbps purpose guest-traffic vlan-tagging {
						port 1 switch SW-1 subnets NET-GUEST
					}
				}
				""";
	}
}
