package org.ddc.rules.step5;

import org.ddc.model.SwitchCapability;

/** IPD-5-05: switches support port mirroring (L469). */
public final class SwitchSupportsPortMirroring extends SwitchCapabilityRule {

	public SwitchSupportsPortMirroring() {
		super("IPD-5-05", SwitchCapability.PORT_MIRRORING, "port mirroring", "to give diagnostics on the packets of a primary port");
	}
}
