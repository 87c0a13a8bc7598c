package org.ddc.rules.step2;

import org.ddc.analysis.sizing.HostDesignSizing;
import org.ddc.analysis.sizing.SizingText;
import org.ddc.analysis.Quantities;
import java.util.List;
import java.util.Set;

import org.ddc.analysis.Demand;
import org.ddc.analysis.Sizing;
import org.ddc.model.DdcPackage;
import org.ddc.model.HostDesign;
import org.ddc.model.NetworkAdapter;
import org.ddc.model.NicPurpose;
import org.ddc.model.Workload;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-2-26: use the workloads' network throughput to decide whether some need their own adapters rather than
 * sharing the guest adapters (L183). Reported on a workload whose VM needs more than half of one guest adapter
 * port (threshold inferred), and on a host design whose guest adapters cannot carry the guest traffic per host at
 * peak with buffer and growth once the failover reserve of a clustered host design has taken hosts out. Only adapters with a speed count.
 */
public final class HighThroughputWorkloads extends Rule {
	static final double SHARE_OF_ONE_PORT = 0.5;
	private static final Set<NicPurpose> GUEST = Set.of(NicPurpose.GUEST_TRAFFIC, NicPurpose.EXTERNAL);

	public HighThroughputWorkloads() {
		super("IPD-2-26");
	}

	@Override
	public void check(RuleContext context) {
		double headroom = Sizing.headroom(context.design());
		for (HostDesign host : context.index().all(HostDesign.class)) {
			double fastest = 0;
			double capacity = 0;
			for (NetworkAdapter adapter : host.getAdapters()) {
				if (adapter.getSpeed() != null && adapter.getPurposes().stream().anyMatch(GUEST::contains)) {
					fastest = Math.max(fastest, adapter.getSpeed().base());
					capacity += adapter.getSpeed().base() * Math.max(1, adapter.getPortCount());
				}
			}
			List<Workload> workloads = context.index().workloadsOn(host);
			if (fastest <= 0 || workloads.isEmpty()) {
				continue;
			}
			for (Workload workload : workloads) {
				double perVm = workload.getThroughput() == null ? 0 : workload.getThroughput().base();
				if (perVm > fastest * SHARE_OF_ONE_PORT) {
					context.report(workload, DdcPackage.Literals.WORKLOAD__THROUGHPUT, "workload " + workload.getName()
							+ " needs " + Quantities.rate(perVm) + " per VM, more than half of a "
							+ Quantities.rate(fastest) + " guest adapter port of host design " + host.getName()
							+ ": give it a dedicated adapter or use faster guest adapters");
				}
			}
			HostDesignSizing sizing = context.analysis().hosts().of(host);
			int reserve = sizing == null ? 0 : sizing.reserve();
			int surviving = Math.max(1, host.getQuantity() - reserve);
			double perHost = Demand.total(workloads).throughputMbps() * headroom / surviving;
			if (perHost > capacity) {
				context.report(host, DdcPackage.Literals.HOST_DESIGN__ADAPTERS, "the guest traffic on host design "
						+ host.getName() + " is " + Quantities.rate(perHost) + " per host at peak (with "
						+ SizingText.applied(context.design()) + ", over " + surviving + " host(s)"
						+ (reserve > 0 ? " after N+" + reserve : "") + ") but its guest adapters offer "
						+ Quantities.rate(capacity) + ": add or speed up guest adapters, or give the heaviest "
						+ "workloads adapters of their own");
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				host-design HD-1 {
					quantity 2 memory 256 GB
					adapter NIC-GUEST ports 1 speed 1 Gbps purpose guest-traffic vlan-tagging
				}
				workload FILE { memory 8 GB throughput 800 Mbps group GRP-1 }
				workload-group GRP-1 { host-design HD-1 }
				""";
	}

	@Override
	public String passingExample() {
		return """
				host-design HD-1 {
					quantity 2 memory 256 GB
					adapter NIC-GUEST ports 1 speed 10 Gbps purpose guest-traffic vlan-tagging
				}
				workload FILE { memory 8 GB throughput 800 Mbps group GRP-1 }
				workload-group GRP-1 { host-design HD-1 }
				""";
	}
}
