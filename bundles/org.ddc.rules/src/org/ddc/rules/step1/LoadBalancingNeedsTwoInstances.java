package org.ddc.rules.step1;

import org.ddc.model.DdcPackage;
import org.ddc.model.FaultToleranceApproach;
import org.ddc.model.Workload;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/** IPD-1-09: Option 1, load balancing, needs at least one extra VM (L115). */
public final class LoadBalancingNeedsTwoInstances extends Rule {

	public LoadBalancingNeedsTwoInstances() {
		super("IPD-1-09");
	}

	@Override
	public void check(RuleContext context) {
		for (Workload workload : context.index().all(Workload.class)) {
			if (workload.getFaultToleranceApproach() == FaultToleranceApproach.LOAD_BALANCING
					&& workload.isSetFaultToleranceApproach() && workload.getInstances() < 2) {
				context.report(workload, DdcPackage.Literals.WORKLOAD__FAULT_TOLERANCE_APPROACH, "workload "
						+ workload.getName() + " is load balanced but has " + workload.getInstances()
						+ " instance: load balancing needs at least one additional VM — set 'instances 2' or more",
						Fix.set("instances", "2", "Run 2 instances"));
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				workload WEB-1 {
					memory 4 GB
					fault-tolerance required approach load-balancing
				}
				""";
	}

	@Override
	public String passingExample() {
		return """
				workload WEB-1 {
					memory 4 GB
					fault-tolerance required approach load-balancing
					instances 2
				}
				""";
	}
}
