package org.ddc.rules.step2;

import org.ddc.analysis.Quantities;
import java.util.Set;

import org.ddc.analysis.DesignIndex;
import org.ddc.analysis.Sizing;
import org.ddc.model.Design;
import org.ddc.model.FaultToleranceApproach;
import org.ddc.model.HostDesign;
import org.ddc.model.NetworkAdapter;
import org.ddc.model.NicPurpose;
import org.ddc.model.SizingPolicy;
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

	/** A host design is a failover cluster when it declares a cluster size of 2 or more, or its workloads rely on one. */
	static boolean clustered(HostDesign host, DesignIndex index) {
		return host.isSetClusterSize() && host.getClusterSize() >= 2
				|| index.workloadsOn(host).stream().anyMatch(HostFacts::usesHostClustering);
	}

	/** The design's failover reserve (N+k) for a clustered host design; 0 for hosts that do not fail over. */
	static int reserve(HostDesign host, RuleContext context) {
		return clustered(host, context.index()) ? Sizing.failoverReserve(context.design()) : 0;
	}

	/** "20 % peak buffer and 15 % growth" from the design's policy, or "no peak buffer or growth". */
	static String headroomText(Design design) {
		SizingPolicy policy = design != null ? design.getPolicy() : null;
		double peak = policy != null && policy.getPeakBuffer() != null ? policy.getPeakBuffer().base() : 0;
		double growth = policy != null && policy.getGrowth() != null ? policy.getGrowth().base() : 0;
		if (peak <= 0 && growth <= 0) {
			return "no peak buffer or growth";
		}
		return Quantities.number(peak) + " % peak buffer and " + Quantities.number(growth) + " % growth";
	}



}
