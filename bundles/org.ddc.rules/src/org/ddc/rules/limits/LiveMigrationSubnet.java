package org.ddc.rules.limits;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ddc.analysis.DesignIndex;
import org.ddc.analysis.sizing.HostClustering;
import org.ddc.model.DdcPackage;
import org.ddc.model.HostDesign;
import org.ddc.model.NetworkAdapter;
import org.ddc.model.NicPurpose;
import org.ddc.model.PortConnection;
import org.ddc.model.Subnet;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * LIM-LM-SUBNET: the hosts that live-migrate are configured on the same TCP/IP subnet (seed 004 L52, stated for
 * 2008 R2). All hosts of a host design share its adapters' subnets by construction; what can break the rule is a
 * live-migration or host-management subnet too small to give every host of the clustered designs on it an address.
 */
public final class LiveMigrationSubnet extends Rule {
	static final String KEY = "lm.sameSubnet";

	public LiveMigrationSubnet() {
		super("LIM-LM-SUBNET");
	}

	@Override
	public void check(RuleContext context) {
		ScaleLimits.Limit limit = LimitMath.stated(context, KEY);
		if (limit == null || limit.value() <= 0) {
			return;
		}
		Map<Subnet, Map<HostDesign, Boolean>> hostsBySubnet = new LinkedHashMap<>();
		for (HostDesign host : context.index().all(HostDesign.class)) {
			for (NetworkAdapter adapter : host.getAdapters()) {
				if (!adapter.getPurposes().contains(NicPurpose.LIVE_MIGRATION)
						&& !adapter.getPurposes().contains(NicPurpose.HOST_MANAGEMENT)) {
					continue;
				}
				for (PortConnection port : adapter.getPorts()) {
					port.getSubnets().stream().filter(DesignIndex::live).forEach(subnet -> hostsBySubnet
							.computeIfAbsent(subnet, s -> new IdentityHashMap<>()).put(host, HostClustering.declared(host)));
				}
			}
		}
		hostsBySubnet.forEach((subnet, hosts) -> {
			long addresses = usableAddresses(subnet.getCidr());
			int count = hosts.keySet().stream().mapToInt(h -> Math.max(0, h.getQuantity())).sum();
			if (addresses < 0 || count <= addresses || !hosts.containsValue(Boolean.TRUE)) {
				return;
			}
			List<String> parts = new ArrayList<>();
			hosts.keySet().forEach(h -> parts.add(h.getName() + " " + h.getQuantity()));
			context.report(subnet, DdcPackage.Literals.SUBNET__CIDR, "subnet " + subnet.getName() + " ("
					+ subnet.getCidr().trim() + ", " + addresses + " usable addresses) cannot hold the " + count
					+ " hosts connected to it (" + String.join(", ", parts) + "), yet live-migration hosts must be on "
					+ "the same TCP/IP subnet (" + limit.citation().inline() + "): use a larger prefix");
		});
	}

	/** Usable host addresses of an IPv4 CIDR ("10.0.0.0/24" → 254), or -1 when it cannot be read. */
	static long usableAddresses(String cidr) {
		if (cidr == null || !cidr.contains("/")) {
			return -1;
		}
		try {
			int prefix = Integer.parseInt(cidr.substring(cidr.indexOf('/') + 1).trim());
			if (prefix < 0 || prefix > 32) {
				return -1;
			}
			long size = 1L << (32 - prefix);
			return prefix >= 31 ? size : size - 2;
		} catch (NumberFormatException e) {
			return -1;
		}
	}

	@Override
	public String firingExample() {
		return """
				design D { platform hyperv-2008-r2 }
				subnet NET-LM { cidr "10.10.40.0/28" vlan 40 purpose live-migration }
				host-design H {
					quantity 16 cluster-size 16 cpu 2 x 8 cores 2.6 GHz intel memory 256 GB
					adapter NIC-LM ports 1 speed 10 Gbps purpose live-migration { port 1 switch SW-1 subnets NET-LM }
				}
				switch SW-1 { ports 48 managed yes }
				""";
	}

	@Override
	public String passingExample() {
		return """
				design D { platform hyperv-2008-r2 }
				subnet NET-LM { cidr "10.10.40.0/27" vlan 40 purpose live-migration }
				host-design H {
					quantity 16 cluster-size 16 cpu 2 x 8 cores 2.6 GHz intel memory 256 GB
					adapter NIC-LM ports 1 speed 10 Gbps purpose live-migration { port 1 switch SW-1 subnets NET-LM }
				}
				switch SW-1 { ports 48 managed yes }
				""";
	}
}
