package org.ddc.rules.step5;

import org.ddc.model.LoadBalancerCapability;

/** IPD-5-20: a hardware load balancer supports application-layer health monitoring (L484). */
public final class LoadBalancerMonitorsHealth extends LoadBalancerCapabilityRule {

	public LoadBalancerMonitorsHealth() {
		super("IPD-5-20", LoadBalancerCapability.HEALTH_MONITORING, "application-layer health monitoring",
				"so that failed servers are polled and removed from the pool");
	}
}
