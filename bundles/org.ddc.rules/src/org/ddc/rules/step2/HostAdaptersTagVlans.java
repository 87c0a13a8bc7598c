package org.ddc.rules.step2;

import org.ddc.model.DdcPackage;
import org.ddc.model.HostDesign;
import org.ddc.model.NetworkAdapter;
import org.ddc.model.NicPurpose;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-2-17: virtualization hosts support 802.1Q VLAN tagging (L174–175). Required on every adapter that carries
 * guest traffic (VM networks are trunked to the virtual switch) or more than one subnet on a port; a host design
 * none of whose adapters tags VLANs is reported on its first adapter.
 */
public final class HostAdaptersTagVlans extends Rule {

	public HostAdaptersTagVlans() {
		super("IPD-2-17");
	}

	@Override
	public void check(RuleContext context) {
		for (HostDesign host : context.index().all(HostDesign.class)) {
			boolean reported = false;
			for (NetworkAdapter adapter : host.getAdapters()) {
				if (adapter.isVlanTagging()) {
					continue;
				}
				String reason = adapter.getPurposes().contains(NicPurpose.GUEST_TRAFFIC) ? "carries guest traffic"
						: adapter.getPorts().stream().anyMatch(p -> p.getSubnets().size() > 1)
								? "carries several subnets on one port" : null;
				if (reason != null) {
					report(context, adapter, "adapter " + adapter.getName() + " of host design " + host.getName()
							+ " " + reason + " but does not declare 802.1Q VLAN tagging");
					reported = true;
				}
			}
			if (!reported && !host.getAdapters().isEmpty()
					&& host.getAdapters().stream().noneMatch(NetworkAdapter::isVlanTagging)) {
				NetworkAdapter first = host.getAdapters().get(0);
				report(context, first, "no adapter of host design " + host.getName()
						+ " declares 802.1Q VLAN tagging, which virtualization hosts need to segment infrastructure "
						+ "and workload networks");
			}
		}
	}

	private static void report(RuleContext context, NetworkAdapter adapter, String problem) {
		context.report(adapter, DdcPackage.Literals.NETWORK_ADAPTER__NAME, problem + ": use an adapter that supports "
				+ "it and add 'vlan-tagging' to " + adapter.getName(), Fix.add("vlan-tagging", "", "Add vlan-tagging"));
	}

	@Override
	public String firingExample() {
		return """
				host-design HD-1 {
					memory 256 GB
					adapter NIC-MGMT ports 1 purpose host-management
					adapter NIC-GUEST ports 2 purpose guest-traffic
				}
				""";
	}

	@Override
	public String passingExample() {
		return """
				host-design HD-1 {
					memory 256 GB
					adapter NIC-MGMT ports 1 purpose host-management
					adapter NIC-GUEST ports 2 purpose guest-traffic vlan-tagging
				}
				""";
	}
}
