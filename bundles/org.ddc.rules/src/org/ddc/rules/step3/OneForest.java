package org.ddc.rules.step3;

import org.ddc.analysis.ManagementScope;
import org.ddc.model.DdcPackage;
import org.ddc.model.ManagementPolicy;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/** IPD-3-13: one Active Directory forest unless the business requires more (L243). */
public final class OneForest extends Rule {

	public OneForest() {
		super("IPD-3-13");
	}

	@Override
	public void check(RuleContext context) {
		ManagementPolicy policy = ManagementScope.of(context.index()).policy();
		if (policy != null && policy.getForests() > 1) {
			context.report(policy, DdcPackage.Literals.MANAGEMENT_POLICY__FORESTS, "the design has "
					+ policy.getForests() + " forests; the Dynamic Datacenter needs one forest unless the business requires more, and "
					+ "more forests make management more complex: use one forest ('forests 1'), or suppress this "
					+ "finding with the business requirement that needs more",
					Fix.set("forests", "1", "Use one forest"));
		}
	}

	@Override
	public String firingExample() {
		return """
				design D { management { forests 2 } }
				""";
	}

	@Override
	public String passingExample() {
		return """
				design D { management { forests 1 } }
				""";
	}
}
