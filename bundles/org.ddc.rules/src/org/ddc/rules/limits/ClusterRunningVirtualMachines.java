package org.ddc.rules.limits;

import org.ddc.analysis.Quantities;
import org.ddc.analysis.Demand;
import org.ddc.model.DdcPackage;
import org.ddc.model.HostDesign;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * LIM-CLUSTER-VMS: the VMs running on one failover cluster stay within the platform maximum (seed 001 L196,
 * L1971). A host design's VMs are spread over its clusters (quantity ÷ cluster-size, rounded up).
 */
public final class ClusterRunningVirtualMachines extends Rule {
	static final String KEY = "cluster.runningVms";

	public ClusterRunningVirtualMachines() {
		super("LIM-CLUSTER-VMS");
	}

	@Override
	public void check(RuleContext context) {
		ScaleLimits.Limit limit = LimitMath.stated(context, KEY);
		if (limit == null || limit.value() <= 0) {
			return;
		}
		for (HostDesign host : context.index().all(HostDesign.class)) {
			if (!LimitMath.clustered(host)) {
				continue;
			}
			int vms = Demand.total(context.index().workloadsOn(host)).vms();
			int clusters = Math.max(1, (int) Math.ceil((double) host.getQuantity() / host.getClusterSize()));
			long perCluster = (long) Math.ceil((double) vms / clusters);
			if (perCluster > limit.value()) {
				long needed = (long) Math.ceil(vms / limit.value());
				context.report(host, DdcPackage.Literals.HOST_DESIGN__CLUSTER_SIZE, "host design " + host.getName()
						+ " runs " + Quantities.count(vms, "VM", "VMs") + " on " + Quantities.count(clusters, "cluster",
								"clusters") + " of " + host.getClusterSize() + " nodes, " + Quantities.number(perCluster)
						+ " per cluster; " + LimitMath.platform(context) + " supports at most " + limit.describe()
						+ " per cluster: split into at least " + needed + " clusters (smaller 'cluster-size')");
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				design D { platform hyperv-2008-r2 }
				workload-group G { host-design H }
				workload VDI { kind vdi-desktop instances 1200 vcpus 1 memory 1 GB group G }
				host-design H { quantity 16 cluster-size 16 cpu 2 x 8 cores 2.6 GHz intel memory 256 GB }
				""";
	}

	@Override
	public String passingExample() {
		return """
				design D { platform hyperv-2008-r2 }
				workload-group G { host-design H }
				workload VDI { kind vdi-desktop instances 1200 vcpus 1 memory 1 GB group G }
				host-design H { quantity 16 cluster-size 8 cpu 2 x 8 cores 2.6 GHz intel memory 256 GB }
				""";
	}
}
