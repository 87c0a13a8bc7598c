package org.ddc.rules.step1;

import org.ddc.analysis.FaultTolerance;
import org.ddc.model.DdcPackage;
import org.ddc.model.FaultToleranceApproach;
import org.ddc.model.Workload;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/** IPD-1-12: load balancing is meant for stateless applications such as web servers (L113). */
public final class LoadBalancingForStatelessApplications extends Rule {

	public LoadBalancingForStatelessApplications() {
		super("IPD-1-12");
	}

	@Override
	public void check(RuleContext context) {
		for (Workload workload : context.index().all(Workload.class)) {
			if (FaultTolerance.uses(workload, FaultToleranceApproach.LOAD_BALANCING) && workload.isSetStateful()
					&& workload.isStateful()) {
				context.report(workload, DdcPackage.Literals.WORKLOAD__STATEFUL, "workload " + workload.getName()
						+ " is stateful but load balanced: load balancing protects stateless applications; keep its "
						+ "state outside the instances (shared database, sticky sessions) or choose VM-level "
						+ "clustering or application-level fault tolerance");
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				workload APP-1 {
					memory 8 GB instances 2 stateful yes
					fault-tolerance required approach load-balancing
				}
				""";
	}

	@Override
	public String passingExample() {
		return """
				workload APP-1 {
					memory 8 GB instances 2 stateful no
					fault-tolerance required approach load-balancing
				}
				""";
	}
}
