package org.ddc.rules.step3;

import org.ddc.analysis.ManagementScope;
import org.ddc.model.DdcPackage;
import org.ddc.model.ManagementPolicy;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/** IPD-3-09: DNS zones are integrated into AD DS, so that every domain controller can serve DNS (L239). */
public final class DnsZonesAreAdIntegrated extends Rule {

	public DnsZonesAreAdIntegrated() {
		super("IPD-3-09");
	}

	@Override
	public void check(RuleContext context) {
		ManagementPolicy policy = ManagementScope.of(context.index()).policy();
		if (policy != null && policy.isSetAdIntegratedDns() && !policy.isAdIntegratedDns()) {
			context.report(policy, DdcPackage.Literals.MANAGEMENT_POLICY__AD_INTEGRATED_DNS, "DNS zones are not "
					+ "integrated into AD DS: integrate them ('ad-integrated-dns yes') so that every domain "
					+ "controller is a potential DNS server and zones replicate with the directory",
					Fix.set("ad-integrated-dns", "yes", "Integrate DNS zones into AD DS"));
		}
	}

	@Override
	public String firingExample() {
		return """
				design D { management { ad-integrated-dns no } }
				""";
	}

	@Override
	public String passingExample() {
		return """
				design D { management { ad-integrated-dns yes } }
				""";
	}
}
