package org.ddc.rules.step2;

import java.util.Set;

import org.ddc.analysis.DesignIndex;
import org.ddc.analysis.sizing.ClusterSizing;
import org.ddc.analysis.sizing.HostDesignSizing;
import org.ddc.model.FaultToleranceApproach;
import org.ddc.model.HostDesign;
import org.ddc.model.NetworkAdapter;
import org.ddc.model.NicPurpose;
import org.ddc.model.Workload;
import org.ddc.rules.RuleContext;

/** Small facts and number formats the Step 2 host rules share. */
final class HostFacts {
	private HostFacts() {
	}

	/** True when the adapter has purposes and every one of them is among the given ones. */
	static boolean dedicatedTo(NetworkAdapter adapter, Set<NicPurpose> purposes) {
		return !adapter.getPurposes().isEmpty() && purposes.containsAll(adapter.getPurposes());
	}

	static boolean hasPurpose(HostDesign host, NicPurpose purpose) {
		return host.getAdapters().stream().anyMatch(a -> a.getPurposes().contains(purpose));
	}

	static boolean usesHostClustering(Workload workload) {
		return workload.isSetFaultToleranceApproach()
				&& workload.getFaultToleranceApproach() == FaultToleranceApproach.HOST_CLUSTERING;
	}

	/**
	 * A host design is a failover cluster when it declares clusters or a cluster size of 2 or more, or its workloads
	 * rely on one.
	 */
	static boolean clustered(HostDesign host, DesignIndex index) {
		return !host.getClusters().isEmpty() || host.isSetClusterSize() && host.getClusterSize() >= 2
				|| index.workloadsOn(host).stream().anyMatch(HostFacts::usesHostClustering);
	}

	/**
	 * The hosts a host design keeps in failover reserve: k of each of its clusters, as the analysis sizes them (one
	 * meaning of N+k); 0 for hosts that are not clustered.
	 */
	static int reserve(HostDesign host, RuleContext context) {
		HostDesignSizing sizing = context.analysis().hosts().of(host);
		return sizing == null ? 0 : sizing.clusters().stream().mapToInt(ClusterSizing::reserve).sum();
	}
}
