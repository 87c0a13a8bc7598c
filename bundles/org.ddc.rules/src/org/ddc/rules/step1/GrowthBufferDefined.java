package org.ddc.rules.step1;

import org.ddc.analysis.Demand;
import org.ddc.model.DdcPackage;
import org.ddc.model.Design;
import org.ddc.model.SizingPolicy;
import org.ddc.model.Workload;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-1-22: the design has an initial size — in-scope workloads to size from — plus a growth buffer, a percentage
 * in the design policy (L130). A buffer of 0 % is no buffer.
 */
public final class GrowthBufferDefined extends Rule {

	public GrowthBufferDefined() {
		super("IPD-1-22");
	}

	@Override
	public void check(RuleContext context) {
		Design design = context.design();
		if (design == null) {
			return;
		}
		SizingPolicy policy = design.getPolicy();
		if (policy == null || policy.getGrowth() == null) {
			String message = "design " + design.getName() + " sets no growth buffer: add 'growth NN %' to its "
					+ "policy, the expansion the business expects on top of the initial size";
			if (policy == null) {
				context.report(design, DdcPackage.Literals.ELEMENT__NAME, message);
			} else {
				context.report(policy, null, message);
			}
		} else if (policy.getGrowth().base() <= 0) {
			context.report(policy, DdcPackage.Literals.SIZING_POLICY__GROWTH, "design " + design.getName()
					+ " has a growth buffer of " + policy.getGrowth() + ": set the growth the business expects (for "
					+ "example 'growth 20 %') so that the initial size leaves room for expansion");
		}
		if (context.index().all(Workload.class).stream().noneMatch(Demand::inScope)) {
			context.report(design, DdcPackage.Literals.ELEMENT__NAME, "design " + design.getName()
					+ " has no in-scope workloads, so its initial size cannot be determined: declare the proposed "
					+ "workloads (Table A-1) the hosts are sized for");
		}
	}

	@Override
	public String firingExample() {
		return """
				design D { platform hyperv-2012-r2 policy { peak-buffer 20 % } }
				workload APP-1 { memory 8 GB }
				""";
	}

	@Override
	public String passingExample() {
		return """
				design D { platform hyperv-2012-r2 policy { peak-buffer 20 % growth 25 % } }
				workload APP-1 { memory 8 GB }
				""";
	}
}
