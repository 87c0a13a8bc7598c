package org.ddc.rules.step3;

import java.util.function.Predicate;

import org.ddc.analysis.ManagementScope;
import org.ddc.model.DdcPackage;
import org.ddc.model.ManagementPolicy;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/** A Step 3 decision that the design's management block must record. */
abstract class DecisionRecordedRule extends Rule {
	private final Predicate<ManagementPolicy> recorded;
	private final String message;

	DecisionRecordedRule(String id, Predicate<ManagementPolicy> recorded, String message) {
		super(id);
		this.recorded = recorded;
		this.message = message;
	}

	@Override
	public final void check(RuleContext context) {
		ManagementPolicy policy = ManagementScope.of(context.index()).policy();
		if (policy != null && recorded.test(policy)) {
			return;
		}
		if (policy != null) {
			context.report(context.design(), DdcPackage.Literals.DESIGN__MANAGEMENT, message);
		} else {
			Management.reportOnDesign(context, message, null);
		}
	}
}
