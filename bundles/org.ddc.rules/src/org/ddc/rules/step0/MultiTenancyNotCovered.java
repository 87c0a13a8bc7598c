package org.ddc.rules.step0;

import org.ddc.model.DdcPackage;
import org.ddc.model.Design;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-0-02: multi-tenancy is out of the guide's scope (L38). A design with several tenants is told which of its
 * concerns no rule here covers.
 */
public final class MultiTenancyNotCovered extends Rule {

	public MultiTenancyNotCovered() {
		super("IPD-0-02");
	}

	@Override
	public void check(RuleContext context) {
		Design design = context.design();
		if (design != null && design.getTenants() > 1) {
			context.report(design, DdcPackage.Literals.ELEMENT__NAME, "design " + design.getName() + " is "
					+ "multi-tenant (" + design.getTenants() + " tenants): tenant separation, per-tenant quotas and "
					+ "self-service are not covered by the guide or by ddc — model hard separation as isolation "
					+ "domains and review the rest separately");
		}
	}

	@Override
	public String firingExample() {
		return """
				design D { platform hyperv-2012-r2 tenants 3 }
				""";
	}

	@Override
	public String passingExample() {
		return """
				design D { platform hyperv-2012-r2 tenants 1 }
				""";
	}
}
