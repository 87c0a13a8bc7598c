package org.ddc.rules.step4;

import org.ddc.analysis.Demand;
import org.ddc.model.DdcPackage;
import org.ddc.model.Workload;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/** IPD-4-30: every in-scope workload states its data-loss (RPO) and downtime (RTO) limits (L428). */
public final class WorkloadHasRpoAndRto extends Rule {

	public WorkloadHasRpoAndRto() {
		super("IPD-4-30");
	}

	@Override
	public void check(RuleContext context) {
		for (Workload workload : context.index().all(Workload.class)) {
			if (!Demand.inScope(workload) || workload.getRpo() != null && workload.getRto() != null) {
				continue;
			}
			String missing = workload.getRpo() == null && workload.getRto() == null ? "no RPO and no RTO"
					: workload.getRpo() == null ? "no RPO" : "no RTO";
			context.report(workload, workload.getRpo() == null ? DdcPackage.Literals.ELEMENT__NAME
					: DdcPackage.Literals.WORKLOAD__RPO, "workload " + workload.getName() + " has " + missing
							+ ": ask the business how much data it may lose ('rpo 4 h') and how fast it must be "
							+ "restored ('rto 8 h'), so that the backup approach can be chosen");
		}
	}

	@Override
	public String firingExample() {
		return """
				workload APP { memory 4 GB rpo 24 h }
				""";
	}

	@Override
	public String passingExample() {
		return """
				workload APP { memory 4 GB rpo 24 h rto 8 h }
				""";
	}
}
