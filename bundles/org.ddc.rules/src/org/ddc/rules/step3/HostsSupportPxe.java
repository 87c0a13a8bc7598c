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
 * IPD-3-61: bare-metal installation of the hypervisor (L271) by Configuration Manager or MDT relies on PXE boot (L177). Host designs that declare no features are skipped.
 */
public final class HostsSupportPxe extends Rule {

	public HostsSupportPxe() {
		super("IPD-3-61");
	}

	@Override
	public void check(RuleContext context) {
		boolean required = !context.index().all(ConfigMgrSite.class).isEmpty()
				|| Management.hasAnyRole(context, ManagementRole.CONFIG_MGR, ManagementRole.MDT);
		if (!required) {
			return;
		}
		for (HostDesign host : context.index().all(HostDesign.class)) {
			if (!host.getFeatures().isEmpty() && !host.getFeatures().contains(Feature.PXE)) {
				context.report(host, DdcPackage.Literals.DEVICE__FEATURES, "host design " + host.getName()
						+ " has no pxe feature, so the hypervisor cannot be installed on bare metal by Configuration Manager or MDT over PXE: choose hardware with it and add pxe to its features",
						Fix.add("features", "pxe", "Add the pxe feature"));
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
				host-design HD-1 { quantity 4 features ecc-memory, redundant-fans, pxe }
				""";
	}
}
