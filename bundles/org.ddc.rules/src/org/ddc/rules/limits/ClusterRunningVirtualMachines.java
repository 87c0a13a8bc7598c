package org.ddc.rules.limits;

import org.ddc.analysis.Quantities;
import org.ddc.analysis.sizing.ClusterSizing;
import org.ddc.analysis.sizing.HostDesignSizing;
import org.ddc.analysis.sizing.HostDesignSizing.Clustering;
import org.ddc.model.DdcPackage;
import org.ddc.model.HostDesign;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * LIM-CLUSTER-VMS: the VMs running on one failover cluster stay within the platform maximum (seed 001 L196,
 * L1971): the VMs the analysis gives each cluster (declared, or 'cluster-size' hosts each), reported per cluster.
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
		for (HostDesignSizing sizing : context.analysis().hosts().hostDesigns()) {
			if (sizing.clustering() == Clustering.NONE) {
				continue;
			}
			HostDesign host = sizing.hostDesign();
			for (ClusterSizing cluster : sizing.clusters()) {
				int vms = cluster.vms().size();
				if (vms <= limit.value()) {
					continue;
				}
				int needed = (int) Math.ceil(vms / limit.value());
				String text = "cluster " + cluster.name() + " of host design " + host.getName() + " runs "
						+ Quantities.count(vms, "VM") + "; " + LimitMath.platform(context) + " supports at most "
						+ limit.describe() + " per cluster: ";
				if (cluster.declared() != null) {
					context.report(cluster.declared(), DdcPackage.Literals.CLUSTER__HOSTS, text + "split it into at "
							+ "least " + needed + " clusters, or name another cluster in some of its groups");
				} else {
					context.report(host, DdcPackage.Literals.HOST_DESIGN__CLUSTER_SIZE, text + "split the VMs over "
							+ "more clusters (a smaller 'cluster-size')");
				}
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
