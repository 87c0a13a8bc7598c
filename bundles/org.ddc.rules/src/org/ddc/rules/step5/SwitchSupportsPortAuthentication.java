package org.ddc.rules.step5;

import org.ddc.model.SwitchCapability;

/** IPD-5-08: switches support IEEE 802.1X port authentication (L472). */
public final class SwitchSupportsPortAuthentication extends SwitchCapabilityRule {

	public SwitchSupportsPortAuthentication() {
		super("IPD-5-08", SwitchCapability.PORT_AUTHENTICATION, "IEEE 802.1X port authentication", "to keep unauthorized computers off the network");
	}
}
