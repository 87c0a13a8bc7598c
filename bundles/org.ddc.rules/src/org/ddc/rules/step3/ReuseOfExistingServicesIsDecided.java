package org.ddc.rules.step3;

import org.ddc.model.DdcPackage;
import org.ddc.model.ManagementPolicy;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/** IPD-3-04: the design decides whether existing management services are reused (Step 3 Task 1, L230). */
public final class ReuseOfExistingServicesIsDecided extends Rule {

	public ReuseOfExistingServicesIsDecided() {
		super("IPD-3-04");
	}

	@Override
	public void check(RuleContext context) {
		ManagementPolicy policy = Management.policy(context);
		if (policy != null && policy.isSetReuseExisting()) {
			return;
		}
		String message = "the design does not say whether existing management services are reused or all-new core "
				+ "infrastructure and management are designed: add 'reuse-existing yes|no' to its management block";
		if (policy != null) {
			context.report(context.design(), DdcPackage.Literals.DESIGN__MANAGEMENT, message);
		} else {
			Management.reportOnDesign(context, message, null);
		}
	}

	@Override
	public String firingExample() {
		return """
				design D { management { forests 1 } }
				""";
	}

	@Override
	public String passingExample() {
		return """
				design D { management { reuse-existing no forests 1 } }
				""";
	}
}
