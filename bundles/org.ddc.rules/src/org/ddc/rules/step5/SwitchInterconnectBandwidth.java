package org.ddc.rules.step5;

import org.ddc.analysis.Quantities;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.ddc.analysis.Demand;
import org.ddc.analysis.Sizing;
import org.ddc.analysis.network.Link;
import org.ddc.model.DdcPackage;
import org.ddc.model.HostDesign;
import org.ddc.model.NetworkAdapter;
import org.ddc.model.NetworkSwitch;
import org.ddc.model.NicPurpose;
import org.ddc.rules.MessageLists;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-5-11: the interconnect speed between switches and routers is evaluated (L475). A switch that carries guest
 * traffic declares its interconnect, and the interconnect carries the peak guest throughput (with peak buffer and
 * growth) of the hosts connected to it — all of it when its partner has failed (inferred formula).
 */
public final class SwitchInterconnectBandwidth extends Rule {

	public SwitchInterconnectBandwidth() {
		super("IPD-5-11");
	}

	@Override
	public void check(RuleContext context) {
		Map<NetworkSwitch, Set<HostDesign>> guestHosts = new IdentityHashMap<>();
		for (Link link : context.analysis().network().links()) {
			if (link.networkSwitch() != null && link.owner() instanceof HostDesign host
					&& link.connection().eContainer() instanceof NetworkAdapter adapter
					&& (adapter.getPurposes().contains(NicPurpose.GUEST_TRAFFIC)
							|| adapter.getPurposes().contains(NicPurpose.EXTERNAL))) {
				guestHosts.computeIfAbsent(link.networkSwitch(), s -> new LinkedHashSet<>()).add(host);
			}
		}
		double headroom = Sizing.headroom(context.design());
		for (NetworkSwitch networkSwitch : context.index().all(NetworkSwitch.class)) {
			Set<HostDesign> hosts = guestHosts.get(networkSwitch);
			if (hosts == null) {
				continue;
			}
			double mbps = hosts.stream().mapToDouble(h -> Demand.total(context.index().workloadsOn(h)).throughputMbps())
					.sum() * headroom;
			String carried = "the guest traffic of host design" + (hosts.size() == 1 ? " " : "s ")
					+ MessageLists.allNames(hosts) + " (" + Quantities.rate(mbps) + " at peak" + (headroom > 1 ? " with buffer and growth)" : ")");
			if (networkSwitch.getInterconnect() == null) {
				context.report(networkSwitch, DdcPackage.Literals.ELEMENT__NAME, "switch " + networkSwitch.getName()
						+ " carries " + carried + " but declares no interconnect speed to other switches and routers: "
						+ "evaluate it and record it ('interconnect …'), as it caps the hosts per switch");
			} else if (mbps > networkSwitch.getInterconnect().base()) {
				context.report(networkSwitch, DdcPackage.Literals.NETWORK_SWITCH__INTERCONNECT, "switch "
						+ networkSwitch.getName() + " has an interconnect of " + networkSwitch.getInterconnect()
						+ " but carries " + carried + " when " + SwitchText.partnerOf(networkSwitch)
						+ " is down: raise the interconnect to at least " + Quantities.rate(mbps)
						+ " or spread the hosts over more switches");
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				switch SW-1 { ports 48 managed yes partner SW-2 interconnect 10 Gbps }
				switch SW-2 { ports 48 managed yes partner SW-1 interconnect 10 Gbps }
				workload-group G { host-design H }
				workload WEB { instances 20 memory 4 GB throughput 800 Mbps group G }
				host-design H {
					quantity 4
					adapter NIC-G ports 1 speed 10 Gbps purpose guest-traffic { port 1 switch SW-1 }
				}
				""";
	}

	@Override
	public String passingExample() {
		return """
				switch SW-1 { ports 48 managed yes partner SW-2 interconnect 40 Gbps }
				switch SW-2 { ports 48 managed yes partner SW-1 interconnect 40 Gbps }
				workload-group G { host-design H }
				workload WEB { instances 20 memory 4 GB throughput 800 Mbps group G }
				host-design H {
					quantity 4
					adapter NIC-G ports 1 speed 10 Gbps purpose guest-traffic { port 1 switch SW-1 }
				}
				""";
	}
}
