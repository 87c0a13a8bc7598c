package org.ddc.rules.step2;

import java.util.List;

import org.ddc.rules.Rule;

/** The implemented rules of Step 2 of the planning guide, in catalog order. */
public final class Step2Rules {
	private Step2Rules() {
	}

	public static List<Rule> all() {
		return List.of(new IsolatedWorkloadsGroupedByDomain(), // IPD-2-01
				new IsolationDomainsDoNotShareHosts(), // IPD-2-02
				new GroupSharesFaultToleranceApproach(), // IPD-2-03
				new GroupingFitsHostDesign(), // IPD-2-04
				new HostTiers(), // IPD-2-05
				new FewBigHostsRisk(), // IPD-2-06
				new HostClusterSize(), // IPD-2-07
				new DenseServerExpansion(), // IPD-2-08
				new HostCpuCoversGroup(), // IPD-2-09
				new HostMemoryCoversVms(), // IPD-2-10
				new RedundantMemoryOption(), // IPD-2-11
				new PowerSupplyDecision(), // IPD-2-12
				new RedundantSuppliesOnSeparateFeeds(), // IPD-2-13
				new PeakLoadBuffer(), // IPD-2-15
				new HostAdaptersTagVlans(), // IPD-2-17
				new OutOfBandManagementOption(), // IPD-2-18
				new PxeForAutomatedProvisioning(), // IPD-2-19
				new HostHasNetworkAdapter(), // IPD-2-20
				new DedicatedHostManagementAdapter(), // IPD-2-21
				new DedicatedVmServicingAdapter(), // IPD-2-22
				new BackupAdapter(), // IPD-2-23
				new ClusterHeartbeatAdapter(), // IPD-2-24
				new DedicatedGuestAdapter(), // IPD-2-25
				new HighThroughputWorkloads(), // IPD-2-26
				new LightsOutAdapter(), // IPD-2-27
				new TeamingDecided(), // IPD-2-28
				new TeamMembersOnDifferentSwitches(), // IPD-2-29
				new PortsMappedToSubnets()); // IPD-2-30
	}
}
