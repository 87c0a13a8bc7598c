package org.ddc.rules.step1;

import org.ddc.analysis.Demand;
import org.ddc.model.DdcPackage;
import org.ddc.model.FaultToleranceApproach;
import org.ddc.model.Workload;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/** IPD-1-08: every in-scope workload that requires fault tolerance has an approach selected (L109, L126). */
public final class FaultToleranceApproachSelected extends Rule {

	public FaultToleranceApproachSelected() {
		super("IPD-1-08");
	}

	@Override
	public void check(RuleContext context) {
		for (Workload workload : context.index().all(Workload.class)) {
			if (!Demand.inScope(workload) || !workload.isSetFaultToleranceRequired()
					|| !workload.isFaultToleranceRequired()) {
				continue;
			}
			boolean set = workload.isSetFaultToleranceApproach();
			if (!set || workload.getFaultToleranceApproach() == FaultToleranceApproach.NOT_APPLICABLE) {
				context.report(workload, set ? DdcPackage.Literals.WORKLOAD__FAULT_TOLERANCE_APPROACH
						: DdcPackage.Literals.WORKLOAD__FAULT_TOLERANCE_REQUIRED, "workload " + workload.getName()
						+ " requires fault tolerance but " + (set ? "its approach is 'not-applicable'" : "has no approach")
						+ ": select load-balancing, vm-clustering, host-clustering or application-level "
						+ "('fault-tolerance required approach …')");
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				workload ERP-DB { memory 64 GB fault-tolerance required }
				""";
	}

	@Override
	public String passingExample() {
		return """
				workload ERP-DB { memory 64 GB fault-tolerance required approach application-level instances 2 }
				""";
	}
}
