package org.ddc.rules.step5;

import org.ddc.model.SwitchCapability;

/** IPD-5-06: switches support SNMP monitoring (L470). */
public final class SwitchSupportsSnmp extends SwitchCapabilityRule {

	public SwitchSupportsSnmp() {
		super("IPD-5-06", SwitchCapability.SNMP, "SNMP monitoring", "so that its alerts and events reach the management systems");
	}
}
