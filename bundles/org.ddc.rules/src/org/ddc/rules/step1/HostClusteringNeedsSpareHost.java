package org.ddc.rules.step1;

import org.ddc.analysis.Quantities;
import java.util.List;
import java.util.Map;

import org.ddc.analysis.Demand;
import org.ddc.analysis.Sizing;
import org.ddc.model.DdcPackage;
import org.ddc.model.FaultToleranceApproach;
import org.ddc.model.HostDesign;
import org.ddc.model.Workload;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-1-17: host-level clustering needs at least one additional physical host (L123): the host design of such
 * workloads is clustered (cluster size at least 2) and has, beyond the hosts its workloads need (peak buffer and
 * growth applied), one spare host per cluster to absorb a host failure.
 */
public final class HostClusteringNeedsSpareHost extends Rule {

	public HostClusteringNeedsSpareHost() {
		super("IPD-1-17");
	}

	@Override
	public void check(RuleContext context) {
		Map<HostDesign, List<Workload>> byHost = Workloads.byHostDesign(context.index(),
				FaultToleranceApproach.HOST_CLUSTERING);
		byHost.forEach((host, workloads) -> {
			int quantity = host.getQuantity();
			boolean clustered = host.isSetClusterSize() && host.getClusterSize() >= 2;
			if (!clustered) {
				String size = String.valueOf(Math.max(2, quantity));
				context.report(host, host.isSetClusterSize() ? DdcPackage.Literals.HOST_DESIGN__CLUSTER_SIZE
						: DdcPackage.Literals.ELEMENT__NAME, "host design " + host.getName() + " runs the host-level "
						+ "clustered workloads " + Workloads.names(workloads) + " but "
						+ (host.isSetClusterSize() ? "its cluster size is " + host.getClusterSize() : "is not clustered")
						+ ": form failover clusters of at least 2 hosts ('cluster-size " + size + "')",
						Fix.set("cluster-size", size, "Cluster " + size + " hosts"));
			}
			Demand demand = Demand.total(context.index().workloadsOn(host));
			Sizing.HostsNeeded needed = Sizing.hostsNeeded(host, demand, context.design());
			int base = Math.max(1, needed.hosts());
			int clusters = clustered ? (int) Math.ceil(quantity / (double) host.getClusterSize()) : 1;
			int required = base + Math.max(1, clusters);
			if (quantity < required) {
				String load = needed.hosts() > 0 ? "needs " + Quantities.count(base, "host") + " for its workloads ("
						+ needed.bindingResource() + " is the binding resource, peak buffer and growth applied)"
						: "needs at least 1 host for its workloads";
				context.report(host, DdcPackage.Literals.HOST_DESIGN__QUANTITY, "host design " + host.getName()
						+ " has " + Quantities.count(quantity, "host") + " but " + load + " plus "
						+ (clusters > 1 ? clusters + " spare hosts (one per cluster)" : "1 spare host")
						+ " so that host-level clustered workloads survive a host failure: set 'quantity " + required
						+ "'", Fix.set("quantity", String.valueOf(required), "Deploy " + required + " hosts"));
			}
		});
	}

	@Override
	public String firingExample() {
		return """
				design D { platform hyperv-2012-r2 policy { peak-buffer 20 % growth 25 % } }
				host-design H { quantity 2 cluster-size 2 memory 128 GB }
				workload-group G { host-design H }
				workload FILE-1 {
					memory 64 GB instances 2 group G
					fault-tolerance required approach host-clustering
				}
				""";
	}

	@Override
	public String passingExample() {
		return """
				design D { platform hyperv-2012-r2 policy { peak-buffer 20 % growth 25 % } }
				host-design H { quantity 3 cluster-size 3 memory 128 GB }
				workload-group G { host-design H }
				workload FILE-1 {
					memory 64 GB instances 2 group G
					fault-tolerance required approach host-clustering
				}
				""";
	}
}
