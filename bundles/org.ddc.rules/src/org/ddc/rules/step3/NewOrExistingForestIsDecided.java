package org.ddc.rules.step3;

import org.ddc.model.DdcPackage;
import org.ddc.model.ManagementPolicy;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/** IPD-3-16: the design decides whether to implement a new forest and domain or use existing ones (L241). */
public final class NewOrExistingForestIsDecided extends Rule {

	public NewOrExistingForestIsDecided() {
		super("IPD-3-16");
	}

	@Override
	public void check(RuleContext context) {
		ManagementPolicy policy = Management.policy(context);
		if (policy != null && policy.isSetNewForest()) {
			return;
		}
		String message = "the design does not say whether it implements a new forest and domain or uses an existing "
				+ "forest and domain: add 'new-forest yes|no' to its management block";
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
				design D { management { forests 1 new-forest yes } }
				""";
	}
}
