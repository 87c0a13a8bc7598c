package org.ddc.rules.step5;

import org.ddc.model.FirewallCapability;

/** IPD-5-29: a firewall supports intrusion detection (L496). */
public final class FirewallDetectsIntrusions extends FirewallCapabilityRule {

	public FirewallDetectsIntrusions() {
		super("IPD-5-29", FirewallCapability.INTRUSION_DETECTION, "intrusion detection",
				"to protect vulnerable services against network attacks");
	}
}
