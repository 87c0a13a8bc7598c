package org.ddc.rules.step3;

import org.ddc.model.Feature;
import org.ddc.model.ManagementRole;

/**
 * IPD-3-61: bare-metal installation of the hypervisor (L271) by Configuration Manager or MDT relies on PXE boot
 * (L177).
 */
public final class HostsSupportPxe extends RequiredHostFeatureRule {

	public HostsSupportPxe() {
		super("IPD-3-61", Feature.PXE,
				"the hypervisor cannot be installed on bare metal by Configuration Manager or MDT over PXE",
				ManagementRole.CONFIG_MGR, ManagementRole.MDT);
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
