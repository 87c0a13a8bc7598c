package org.ddc.rules.step1;

import java.util.List;

import org.ddc.analysis.Demand;
import org.ddc.model.DdcPackage;
import org.ddc.model.Design;
import org.ddc.model.Workload;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-1-02: a greenfield design is sized from estimates of future workloads (L89). Estimates are allowed, but the
 * report flags them: once for a greenfield design, else once per estimated workload.
 */
public final class EstimatedWorkloadsFlagged extends Rule {

	public EstimatedWorkloadsFlagged() {
		super("IPD-1-02");
	}

	@Override
	public void check(RuleContext context) {
		List<Workload> estimated = context.index().all(Workload.class).stream()
				.filter(w -> w.isEstimated() && Demand.inScope(w)).toList();
		Design design = context.design();
		if (design != null && design.isSetGreenfield() && design.isGreenfield()) {
			long inScope = context.index().all(Workload.class).stream().filter(Demand::inScope).count();
			context.report(design, DdcPackage.Literals.DESIGN__GREENFIELD, "design " + design.getName()
					+ " is greenfield, so its initial size rests on estimates of future workloads (" + estimated.size()
					+ " of " + inScope + " in-scope workloads marked 'estimated'): mark every estimated workload "
					+ "'estimated' and revisit the sizing once the workloads run");
			return;
		}
		for (Workload workload : estimated) {
			context.report(workload, DdcPackage.Literals.WORKLOAD__ESTIMATED, "workload " + workload.getName()
					+ " is sized from an estimate, not from measured data: revisit its memory, CPU and disk figures "
					+ "once it runs (for example with the MAP Toolkit)");
		}
	}

	@Override
	public String firingExample() {
		return """
				design D { platform hyperv-2012-r2 greenfield no }
				workload NEW-APP { memory 8 GB estimated }
				""";
	}

	@Override
	public String passingExample() {
		return """
				design D { platform hyperv-2012-r2 greenfield no }
				workload NEW-APP { memory 8 GB }
				""";
	}
}
