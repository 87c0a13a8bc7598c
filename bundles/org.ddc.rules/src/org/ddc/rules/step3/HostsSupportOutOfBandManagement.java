package org.ddc.rules.step3;

import org.ddc.model.ConfigMgrSite;
import org.ddc.model.DdcPackage;
import org.ddc.model.Feature;
import org.ddc.model.HostDesign;
import org.ddc.model.ManagementRole;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-3-60: the out-of-band management that Configuration Manager (site role out-of-band-management, L288) and hardware management (L339) require needs hosts with out-of-band hardware (optional in L176). Host designs that declare no features are skipped.
 */
public final class HostsSupportOutOfBandManagement extends Rule {

	public HostsSupportOutOfBandManagement() {
		super("IPD-3-60");
	}

	@Override
	public void check(RuleContext context) {
		boolean required = !context.index().all(ConfigMgrSite.class).isEmpty()
				|| Management.hasAnyRole(context, ManagementRole.CONFIG_MGR, ManagementRole.HARDWARE_MANAGEMENT);
		if (!required) {
			return;
		}
		for (HostDesign host : context.index().all(HostDesign.class)) {
			if (!host.getFeatures().isEmpty() && !host.getFeatures().contains(Feature.OUT_OF_BAND)) {
				context.report(host, DdcPackage.Literals.DEVICE__FEATURES, "host design " + host.getName()
						+ " has no out-of-band feature, so Configuration Manager and the hardware management solution cannot manage it out of band: choose hardware with it and add out-of-band to its features",
						Fix.add("features", "out-of-band", "Add the out-of-band feature"));
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				management-server CM-1 { roles configuration-manager runs physical }
				host-design HD-1 { quantity 4 features ecc-memory, redundant-fans }
				""";
	}

	@Override
	public String passingExample() {
		return """
				management-server CM-1 { roles configuration-manager runs physical }
				host-design HD-1 { quantity 4 features ecc-memory, redundant-fans, out-of-band }
				""";
	}
}
