package org.ddc.rules.step5;

import java.util.List;

import org.ddc.rules.Rule;

/** The implemented rules of Step 5 of the planning guide, in catalog order. */
public final class Step5Rules {
	private Step5Rules() {
	}

	public static List<Rule> all() {
		return List.of(new SwitchPortCapacity(), new IscsiNetworkIsPartOfTheDesign(), new SubnetsAreSeparated(),
				new SwitchIsManaged(), new SwitchSupportsPortMirroring(), new SwitchSupportsSnmp(),
				new SwitchSupportsVlanTagging(), new SwitchSupportsPortAuthentication(),
				new SwitchSupportsSourcePortFiltering(), new SwitchSupportsLinkAggregation(),
				new SwitchInterconnectBandwidth(), new SubnetConnectionsAreTallied(),
				new RedundantConnectionsOnSeparateSwitches(), new SwitchHasFailoverPartner(),
				new RedundantCablesOnSeparatePathways(), new SubnetSwitchesAreRecorded(), new LoadBalancerSupportsSnmp(),
				new LoadBalancerSupportsRemoteConfiguration(), new LoadBalancerMonitorsHealth(),
				new LoadBalancerSupportsTrafficShaping(), new LoadBalancerSizingInputs(), new LoadBalancerIsRedundant(),
				new LoadBalancerTypeIsRecorded(), new LoadBalancerIsInTheNetworkDesign(),
				new FirewallPlacementIsDecided(), new FirewallSupportsSnmp(), new FirewallSupportsRemoteConfiguration(),
				new FirewallDetectsIntrusions(), new FirewallIsRedundant(), new FirewallSeparatesTwoNetworks(),
				new FirewallInterfacesAreInTheSwitchDesign(), new FirewallIsRecordedInTableA7(),
				new NetworkDevicesHaveRedundantPower());
	}
}
