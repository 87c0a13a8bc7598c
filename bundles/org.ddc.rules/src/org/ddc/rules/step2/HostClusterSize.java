package org.ddc.rules.step2;

import org.ddc.analysis.FaultTolerance;
import org.ddc.model.DdcPackage;
import org.ddc.model.FaultToleranceApproach;
import org.ddc.model.HostDesign;
import org.ddc.model.Workload;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-2-07: for groupings whose workloads use host-level clustering, decide how many servers are in each cluster
 * (L158): the host design sets a cluster size of at least 2 (IPD-1-17). Reported once per host design.
 */
public final class HostClusterSize extends Rule {

	public HostClusterSize() {
		super("IPD-2-07");
	}

	@Override
	public void check(RuleContext context) {
		for (HostDesign host : context.index().all(HostDesign.class)) {
			Workload clustered = context.index().workloadsOn(host).stream()
					.filter(w -> FaultTolerance.declares(w, FaultToleranceApproach.HOST_CLUSTERING)).findFirst()
					.orElse(null);
			if (clustered == null) {
				continue;
			}
			String size = String.valueOf(Math.max(2, host.getQuantity()));
			if (!host.isSetClusterSize()) {
				context.report(host, DdcPackage.Literals.ELEMENT__NAME, "host design " + host.getName()
						+ " carries host-clustered workloads (such as " + clustered.getName()
						+ ") but sets no cluster size: decide how many hosts form each cluster, e.g. 'cluster-size "
						+ size + "'", Fix.set("cluster-size", size, "Cluster " + size + " hosts"));
			} else if (host.getClusterSize() < 2) {
				context.report(host, DdcPackage.Literals.HOST_DESIGN__CLUSTER_SIZE, "host design " + host.getName()
						+ " carries host-clustered workloads (such as " + clustered.getName() + ") but its cluster size is "
						+ host.getClusterSize() + ": a failover cluster needs at least 2 hosts — set 'cluster-size "
						+ size + "'", Fix.set("cluster-size", size, "Cluster " + size + " hosts"));
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				host-design HD-1 { quantity 3 memory 256 GB }
				workload FS { memory 16 GB fault-tolerance required approach host-clustering group GRP-1 }
				workload-group GRP-1 { host-design HD-1 }
				""";
	}

	@Override
	public String passingExample() {
		return """
				host-design HD-1 { quantity 3 cluster-size 3 memory 256 GB }
				workload FS { memory 16 GB fault-tolerance required approach host-clustering group GRP-1 }
				workload-group GRP-1 { host-design HD-1 }
				""";
	}
}
