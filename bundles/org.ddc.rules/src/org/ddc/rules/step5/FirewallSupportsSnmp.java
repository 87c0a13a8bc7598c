package org.ddc.rules.step5;

import org.ddc.model.FirewallCapability;

/** IPD-5-27: a firewall supports SNMP monitoring (L494). */
public final class FirewallSupportsSnmp extends FirewallCapabilityRule {

	public FirewallSupportsSnmp() {
		super("IPD-5-27", FirewallCapability.SNMP, "SNMP monitoring",
				"so that management systems get its monitoring and event information");
	}
}
