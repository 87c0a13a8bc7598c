package org.ddc.rules.step5;

import org.ddc.model.LoadBalancerCapability;

/** IPD-5-18: a hardware load balancer supports SNMP monitoring (L482). */
public final class LoadBalancerSupportsSnmp extends LoadBalancerCapabilityRule {

	public LoadBalancerSupportsSnmp() {
		super("IPD-5-18", LoadBalancerCapability.SNMP, "SNMP monitoring",
				"so that management systems get its monitoring and event information");
	}
}
