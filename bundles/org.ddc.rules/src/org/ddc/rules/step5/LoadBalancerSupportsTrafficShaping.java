package org.ddc.rules.step5;

import org.ddc.model.LoadBalancerCapability;

/** IPD-5-21: a hardware load balancer supports traffic shaping (L485). */
public final class LoadBalancerSupportsTrafficShaping extends LoadBalancerCapabilityRule {

	public LoadBalancerSupportsTrafficShaping() {
		super("IPD-5-21", LoadBalancerCapability.TRAFFIC_SHAPING, "traffic shaping",
				"so that traffic can be prioritized to guarantee workload performance");
	}
}
