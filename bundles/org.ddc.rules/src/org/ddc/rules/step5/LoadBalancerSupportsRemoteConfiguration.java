package org.ddc.rules.step5;

import org.ddc.model.LoadBalancerCapability;

/** IPD-5-19: a hardware load balancer supports remote configuration (L483). */
public final class LoadBalancerSupportsRemoteConfiguration extends LoadBalancerCapabilityRule {

	public LoadBalancerSupportsRemoteConfiguration() {
		super("IPD-5-19", LoadBalancerCapability.REMOTE_CONFIGURATION, "remote configuration",
				"so that load-balancing policies can be created and deleted for infrastructure and workloads");
	}
}
