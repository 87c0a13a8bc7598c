package org.ddc.rules.step3;

import org.ddc.analysis.ManagementScope;
import org.ddc.model.DdcPackage;
import org.ddc.model.ManagementPolicy;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/** IPD-3-15: one AD site, as the datacenter is in a single location (L246). */
public final class OneAdSite extends Rule {

	public OneAdSite() {
		super("IPD-3-15");
	}

	@Override
	public void check(RuleContext context) {
		ManagementPolicy policy = ManagementScope.of(context.index()).policy();
		if (policy != null && policy.getAdSites() > 1) {
			context.report(policy, DdcPackage.Literals.MANAGEMENT_POLICY__AD_SITES, "the design has "
					+ policy.getAdSites() + " AD sites; a Dynamic Datacenter in a single location needs one Active Directory site: "
					+ "use one AD site ('ad-sites 1')",
					Fix.set("ad-sites", "1", "Use one AD site"));
		}
	}

	@Override
	public String firingExample() {
		return """
				design D { management { ad-sites 2 } }
				""";
	}

	@Override
	public String passingExample() {
		return """
				design D { management { ad-sites 1 } }
				""";
	}
}
