package org.ddc.rules.step3;

import org.ddc.model.Feature;
import org.ddc.model.ManagementRole;

/**
 * IPD-3-60: the out-of-band management that Configuration Manager (site role out-of-band-management, L288) and
 * hardware management (L339) require needs hosts with out-of-band hardware (optional in L176).
 */
public final class HostsSupportOutOfBandManagement extends RequiredHostFeatureRule {

	public HostsSupportOutOfBandManagement() {
		super("IPD-3-60", Feature.OUT_OF_BAND,
				"Configuration Manager and the hardware management solution cannot manage it out of band",
				ManagementRole.CONFIG_MGR, ManagementRole.HARDWARE_MANAGEMENT);
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
