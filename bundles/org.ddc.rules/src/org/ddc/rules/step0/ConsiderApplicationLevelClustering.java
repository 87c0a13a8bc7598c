package org.ddc.rules.step0;

import org.ddc.analysis.FaultTolerance;
import org.ddc.model.DdcPackage;
import org.ddc.model.FaultToleranceApproach;
import org.ddc.model.Workload;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-0-05: operating system and application-level routes such as clustering are considered first (L64). A
 * cluster-aware workload that relies on host-level clustering has not taken the route its application offers.
 */
public final class ConsiderApplicationLevelClustering extends Rule {

	public ConsiderApplicationLevelClustering() {
		super("IPD-0-05");
	}

	@Override
	public void check(RuleContext context) {
		for (Workload workload : context.index().all(Workload.class)) {
			if (FaultTolerance.uses(workload, FaultToleranceApproach.HOST_CLUSTERING) && workload.isSetClusterAware()
					&& workload.isClusterAware()) {
				context.report(workload, DdcPackage.Literals.WORKLOAD__FAULT_TOLERANCE_APPROACH, "workload "
						+ workload.getName() + " is cluster-aware but relies on host-level clustering: consider the "
						+ "application's own route first — VM-level clustering ('approach vm-clustering') or "
						+ "application-level fault tolerance — which fails over gracefully");
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				workload SQL-1 { memory 32 GB cluster-aware yes fault-tolerance required approach host-clustering }
				""";
	}

	@Override
	public String passingExample() {
		return """
				workload SQL-1 {
					memory 32 GB instances 2 cluster-aware yes
					fault-tolerance required approach vm-clustering
				}
				""";
	}
}
