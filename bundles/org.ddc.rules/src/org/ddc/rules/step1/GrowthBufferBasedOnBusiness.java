package org.ddc.rules.step1;

import org.ddc.model.DdcPackage;
import org.ddc.model.Design;
import org.ddc.model.SizingPolicy;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/** IPD-1-23: the growth buffer rests on the business's expectations of growth, recorded as its basis (L130). */
public final class GrowthBufferBasedOnBusiness extends Rule {

	public GrowthBufferBasedOnBusiness() {
		super("IPD-1-23");
	}

	@Override
	public void check(RuleContext context) {
		Design design = context.design();
		SizingPolicy policy = design != null ? design.getPolicy() : null;
		if (policy == null || policy.getGrowth() == null || policy.getGrowth().base() <= 0) {
			return;
		}
		if (policy.getGrowthBasis() == null || policy.getGrowthBasis().isBlank()) {
			context.report(policy, DdcPackage.Literals.SIZING_POLICY__GROWTH, "the growth buffer of "
					+ policy.getGrowth() + " in design " + design.getName() + " has no recorded basis: add "
					+ "'growth-basis \"…\"' naming the business expectation it comes from (business plan, "
					+ "headcount forecast, planned projects)");
		}
	}

	@Override
	public String firingExample() {
		return """
				design D { platform hyperv-2012-r2 policy { growth 25 % } }
				""";
	}

	@Override
	public String passingExample() {
		return """
				design D {
					platform hyperv-2012-r2
					policy { growth 25 % growth-basis "3-year business plan: 8 % headcount growth a year" }
				}
				""";
	}
}
