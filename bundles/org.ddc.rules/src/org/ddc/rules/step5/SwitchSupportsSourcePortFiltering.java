package org.ddc.rules.step5;

import org.ddc.model.SwitchCapability;

/** IPD-5-09: switches support source port filtering (L473). */
public final class SwitchSupportsSourcePortFiltering extends SwitchCapabilityRule {

	public SwitchSupportsSourcePortFiltering() {
		super("IPD-5-09", SwitchCapability.SOURCE_PORT_FILTERING, "source port filtering", "so that a booting computer receives DHCP and PXE traffic only from a designated port");
	}
}
