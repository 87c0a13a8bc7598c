package org.ddc.rules.step1;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ddc.analysis.FaultTolerance;
import org.ddc.analysis.sizing.ClusterSizing;
import org.ddc.analysis.sizing.HostDesignSizing;
import org.ddc.analysis.sizing.HostDesignSizing.Clustering;
import org.ddc.analysis.sizing.ReserveSource;
import org.ddc.analysis.sizing.VmInstance;
import org.ddc.model.DdcPackage;
import org.ddc.model.Design;
import org.ddc.model.FaultToleranceApproach;
import org.ddc.model.Workload;
import org.ddc.rules.Fix;
import org.ddc.rules.MessageLists;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-1-17: host-level clustering needs at least one additional physical host (L123): a cluster that runs host-level
 * clustered workloads keeps a failover reserve of at least one host (k ≥ 1 of N+k). ddc takes k from the cluster,
 * else the policy, else 1; this rule fires where one of those declares N+0. Whether the cluster's hosts cover its VMs
 * with that reserve is the placement's finding (IPD-2-04, IPD-2-09, IPD-2-10, the per-host limits); a host design
 * that is not clustered at all is IPD-2-07's.
 */
public final class HostClusteringNeedsSpareHost extends Rule {

	public HostClusteringNeedsSpareHost() {
		super("IPD-1-17");
	}

	@Override
	public void check(RuleContext context) {
		Set<Workload> onPolicyReserve = new LinkedHashSet<>();
		List<ClusterSizing> policyClusters = new ArrayList<>();
		for (HostDesignSizing sizing : context.analysis().hosts().hostDesigns()) {
			if (sizing.clustering() == Clustering.NONE) {
				continue;
			}
			for (ClusterSizing cluster : sizing.clusters()) {
				List<Workload> clustered = hostClustered(cluster);
				if (cluster.reserve() > 0 || clustered.isEmpty()) {
					continue;
				}
				if (cluster.reserveSource() == ReserveSource.CLUSTER) {
					context.report(cluster.declared(), DdcPackage.Literals.CLUSTER__FAILOVER_RESERVE, "cluster "
							+ cluster.name() + " runs the host-level clustered workloads "
							+ MessageLists.names(clustered, 4) + " but keeps no spare host (N+0): host clustering needs at "
							+ "least one additional physical host to restart them on — set 'failover-reserve N + 1'",
							Fix.set("failover-reserve", "1", "Keep 1 spare host"));
				} else {
					onPolicyReserve.addAll(clustered);
					policyClusters.add(cluster);
				}
			}
		}
		Design design = context.design();
		if (!onPolicyReserve.isEmpty() && design != null && design.getPolicy() != null) {
			context.report(design.getPolicy(), DdcPackage.Literals.SIZING_POLICY__FAILOVER_RESERVE, "the policy's "
					+ "failover reserve N+0 leaves clusters "
					+ MessageLists.join(policyClusters, ClusterSizing::name, 4)
					+ " without a spare host, yet they run the host-level clustered workloads "
					+ MessageLists.names(onPolicyReserve, 4)
					+ ": host clustering needs at least one additional physical host — set 'failover-reserve N + 1'",
					Fix.set("failover-reserve", "1", "Keep 1 spare host per cluster"));
		}
	}

	private static List<Workload> hostClustered(ClusterSizing cluster) {
		Set<Workload> workloads = new LinkedHashSet<>();
		for (VmInstance vm : cluster.vms().values()) {
			if (vm.source() instanceof Workload workload
					&& FaultTolerance.declares(workload, FaultToleranceApproach.HOST_CLUSTERING)) {
				workloads.add(workload);
			}
		}
		List<Workload> sorted = new ArrayList<>(workloads);
		sorted.sort(java.util.Comparator.comparing(Workload::getName));
		return sorted;
	}

	@Override
	public String firingExample() {
		return """
				design D { platform hyperv-2012-r2 policy { peak-buffer 20 % growth 25 % failover-reserve N + 0 } }
				host-design H { quantity 2 cluster-size 2 memory 128 GB }
				workload-group G { host-design H }
				workload FILE-1 {
					memory 32 GB group G
					fault-tolerance required approach host-clustering
				}
				""";
	}

	@Override
	public String passingExample() {
		return """
				design D { platform hyperv-2012-r2 policy { peak-buffer 20 % growth 25 % failover-reserve N + 1 } }
				host-design H { quantity 2 cluster-size 2 memory 128 GB }
				workload-group G { host-design H }
				workload FILE-1 {
					memory 32 GB group G
					fault-tolerance required approach host-clustering
				}
				""";
	}
}
