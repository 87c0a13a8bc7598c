package org.ddc.rules.step0;

import org.ddc.model.DdcPackage;
import org.ddc.model.Design;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/** IPD-0-01: the guide covers a Dynamic Datacenter in a single location for a single company (L38). */
public final class SingleLocationAndCompany extends Rule {

	public SingleLocationAndCompany() {
		super("IPD-0-01");
	}

	@Override
	public void check(RuleContext context) {
		Design design = context.design();
		if (design == null) {
			return;
		}
		if (design.getLocations() > 1) {
			context.report(design, DdcPackage.Literals.DESIGN__LOCATIONS, "design " + design.getName() + " spans "
					+ design.getLocations() + " locations, but the guide plans a datacenter in a single location: "
					+ "design each site as its own design, or plan site resilience (replication, stretched networks) "
					+ "beyond what ddc checks");
		}
		if (design.getTenants() > 1) {
			context.report(design, DdcPackage.Literals.DESIGN__TENANTS, "design " + design.getName() + " serves "
					+ design.getTenants() + " tenants, but the guide plans a datacenter for a single company: "
					+ "checks for separating companies are out of its scope, so plan them separately");
		}
	}

	@Override
	public String firingExample() {
		return """
				design D { platform hyperv-2012-r2 locations 2 tenants 1 }
				""";
	}

	@Override
	public String passingExample() {
		return """
				design D { platform hyperv-2012-r2 locations 1 tenants 1 }
				""";
	}
}
