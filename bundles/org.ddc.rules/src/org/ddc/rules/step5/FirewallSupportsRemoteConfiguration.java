package org.ddc.rules.step5;

import org.ddc.model.FirewallCapability;

/** IPD-5-28: a firewall supports remote configuration (L495). */
public final class FirewallSupportsRemoteConfiguration extends FirewallCapabilityRule {

	public FirewallSupportsRemoteConfiguration() {
		super("IPD-5-28", FirewallCapability.REMOTE_CONFIGURATION, "remote configuration",
				"so that administrators can edit firewall rules remotely");
	}
}
