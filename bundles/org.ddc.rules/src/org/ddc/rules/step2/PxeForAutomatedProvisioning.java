package org.ddc.rules.step2;

import org.ddc.analysis.DesignIndex;
import org.ddc.model.ConfigMgrSite;
import org.ddc.model.DdcPackage;
import org.ddc.model.Feature;
import org.ddc.model.HostDesign;
import org.ddc.model.ManagementRole;
import org.ddc.model.ManagementServer;
import org.ddc.model.ServiceCapability;
import org.ddc.model.SiteSystemRole;
import org.ddc.model.VmmInstance;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-2-19: optionally, PXE version 2 or later on the hosts, to facilitate automated server provisioning (L177).
 * Reported once per host design without PXE when the design plans automated provisioning (MDT, bare-metal
 * deployment, or ConfigMgr operating system deployment). The model's 'pxe' feature stands for PXE 2 or later.
 */
public final class PxeForAutomatedProvisioning extends Rule {

	public PxeForAutomatedProvisioning() {
		super("IPD-2-19");
	}

	@Override
	public void check(RuleContext context) {
		String provisioning = provisioning(context.index());
		if (provisioning == null) {
			return;
		}
		for (HostDesign host : context.index().all(HostDesign.class)) {
			if (!host.getFeatures().contains(Feature.PXE)) {
				context.report(host, DdcPackage.Literals.ELEMENT__NAME, "host design " + host.getName()
						+ " does not support PXE although " + provisioning + " is planned to provision servers: "
						+ "choose network adapters with PXE 2 or later and add 'features pxe'",
						Fix.add("features", Feature.PXE.getLiteral(), "Add PXE support"));
			}
		}
	}

	/** What plans automated provisioning, or null. */
	private static String provisioning(DesignIndex index) {
		if (!index.serversWithRole(ManagementRole.MDT).isEmpty()) {
			return "MDT";
		}
		for (ManagementServer server : index.all(ManagementServer.class)) {
			if (server.getCapabilities().contains(ServiceCapability.BARE_METAL_DEPLOYMENT)) {
				return "bare-metal deployment on " + server.getName();
			}
		}
		for (VmmInstance vmm : index.all(VmmInstance.class)) {
			if (vmm.getCapabilities().contains(ServiceCapability.BARE_METAL_DEPLOYMENT)) {
				return "bare-metal deployment with " + vmm.getName();
			}
		}
		for (ConfigMgrSite site : index.all(ConfigMgrSite.class)) {
			if (site.getSiteRoles().contains(SiteSystemRole.OPERATING_SYSTEM_DEPLOYMENT)) {
				return "operating system deployment with " + site.getName();
			}
		}
		return null;
	}

	@Override
	public String firingExample() {
		return """
				management-server MDT-1 { roles mdt runs physical }
				host-design HD-1 { quantity 2 memory 256 GB }
				""";
	}

	@Override
	public String passingExample() {
		return """
				management-server MDT-1 { roles mdt runs physical }
				host-design HD-1 { quantity 2 memory 256 GB features pxe }
				""";
	}
}
