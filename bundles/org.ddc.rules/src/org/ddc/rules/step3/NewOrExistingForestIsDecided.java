package org.ddc.rules.step3;

import org.ddc.model.ManagementPolicy;

/** IPD-3-16: the design decides whether to implement a new forest and domain or use existing ones (L241). */
public final class NewOrExistingForestIsDecided extends DecisionRecordedRule {

	public NewOrExistingForestIsDecided() {
		super("IPD-3-16", ManagementPolicy::isSetNewForest, "the design does not say whether it implements a new "
				+ "forest and domain or uses an existing forest and domain: add 'new-forest yes|no' to its "
				+ "management block");
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
