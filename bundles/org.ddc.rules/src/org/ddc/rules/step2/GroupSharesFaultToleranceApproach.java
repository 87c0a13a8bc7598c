package org.ddc.rules.step2;

import java.util.Map;
import java.util.TreeMap;

import org.ddc.analysis.Demand;
import org.ddc.analysis.DesignIndex;
import org.ddc.model.DdcPackage;
import org.ddc.model.FaultToleranceApproach;
import org.ddc.model.HostDesign;
import org.ddc.model.Workload;
import org.ddc.model.WorkloadGroup;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-2-03: group workloads that share fault-tolerance requirements, so that a single fault-tolerance solution
 * can be applied to each group (L153). A group on a host-level cluster has that single solution whatever its
 * workloads add on top, so only groups on unclustered (or no) hosts that mix approaches are reported.
 */
public final class GroupSharesFaultToleranceApproach extends Rule {

	public GroupSharesFaultToleranceApproach() {
		super("IPD-2-03");
	}

	@Override
	public void check(RuleContext context) {
		for (WorkloadGroup group : context.index().all(WorkloadGroup.class)) {
			HostDesign host = DesignIndex.live(group.getHostDesign()) ? group.getHostDesign() : null;
			if (host != null && host.isSetClusterSize() && host.getClusterSize() >= 2) {
				continue;
			}
			Map<String, Integer> approaches = new TreeMap<>();
			for (Workload workload : context.index().workloadsOf(group)) {
				if (Demand.inScope(workload) && (workload.isSetFaultToleranceApproach()
						|| workload.isSetFaultToleranceRequired() && !workload.isFaultToleranceRequired())) {
					approaches.merge(approach(workload), 1, Integer::sum);
				}
			}
			if (approaches.size() > 1) {
				StringBuilder list = new StringBuilder();
				approaches.forEach((name, count) -> list.append(list.isEmpty() ? "" : ", ").append(name)
						.append(" (").append(count).append(')'));
				context.report(group, DdcPackage.Literals.ELEMENT__NAME, "group " + group.getName()
						+ " mixes fault-tolerance approaches " + list + (host == null ? ""
								: " on host design " + host.getName() + ", which is not a host-level cluster")
						+ ": split it so that one fault-tolerance solution serves each group"
						// clustering the hosts serves host-clustered workloads; it adds nothing to load balancing or
						// application-level fault tolerance
						+ (approaches.containsKey(FaultToleranceApproach.HOST_CLUSTERING.getLiteral())
								? ", or cluster its hosts (the host-clustered workloads then share their hosts' "
										+ "failover)"
								: ""));
			}
		}
	}

	private static String approach(Workload workload) {
		return workload.isSetFaultToleranceApproach() ? workload.getFaultToleranceApproach().getLiteral()
				: FaultToleranceApproach.NOT_APPLICABLE.getLiteral();
	}

	@Override
	public String firingExample() {
		return """
				host-design HD-1 { quantity 2 memory 256 GB }
				workload WEB { memory 4 GB instances 2 fault-tolerance required approach load-balancing group GRP-1 }
				workload PRINT { memory 4 GB fault-tolerance not-required approach not-applicable group GRP-1 }
				workload-group GRP-1 { host-design HD-1 }
				""";
	}

	@Override
	public String passingExample() {
		return """
				host-design HD-1 { quantity 2 memory 256 GB }
				host-design HD-2 { quantity 1 memory 64 GB }
				workload WEB { memory 4 GB instances 2 fault-tolerance required approach load-balancing group GRP-1 }
				workload PRINT { memory 4 GB fault-tolerance not-required approach not-applicable group GRP-2 }
				workload-group GRP-1 { host-design HD-1 }
				workload-group GRP-2 { host-design HD-2 }
				""";
	}
}
