package org.ddc.rules.step3;

import org.ddc.analysis.ManagementScope;
import org.ddc.model.DdcPackage;
import org.ddc.model.ManagementPolicy;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/** IPD-3-14: one domain unless the business requires more (L244). */
public final class OneDomain extends Rule {

	public OneDomain() {
		super("IPD-3-14");
	}

	@Override
	public void check(RuleContext context) {
		ManagementPolicy policy = ManagementScope.of(context.index()).policy();
		if (policy != null && policy.getDomains() > 1) {
			context.report(policy, DdcPackage.Literals.MANAGEMENT_POLICY__DOMAINS, "the design has "
					+ policy.getDomains() + " domains; the Dynamic Datacenter needs one domain unless the business requires more, and "
					+ "more domains make management more complex: use one domain ('domains 1'), or suppress this "
					+ "finding with the business requirement that needs more",
					Fix.set("domains", "1", "Use one domain"));
		}
	}

	@Override
	public String firingExample() {
		return """
				design D { management { domains 2 } }
				""";
	}

	@Override
	public String passingExample() {
		return """
				design D { management { domains 1 } }
				""";
	}
}
