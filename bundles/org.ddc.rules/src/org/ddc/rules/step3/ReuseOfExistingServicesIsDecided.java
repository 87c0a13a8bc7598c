package org.ddc.rules.step3;

import org.ddc.model.ManagementPolicy;

/** IPD-3-04: the design decides whether existing management services are reused (Step 3 Task 1, L230). */
public final class ReuseOfExistingServicesIsDecided extends DecisionRecordedRule {

	public ReuseOfExistingServicesIsDecided() {
		super("IPD-3-04", ManagementPolicy::isSetReuseExisting, "the design does not say whether existing "
				+ "management services are reused or all-new core infrastructure and management are designed: add "
				+ "'reuse-existing yes|no' to its management block");
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
