package org.ddc.rules.step1;

import java.util.List;

import org.ddc.rules.Rule;

/** The implemented rules of Step 1 of the planning guide, in catalog order. */
public final class Step1Rules {
	private Step1Rules() {
	}

	public static List<Rule> all() {
		return List.of(
				new EstimatedWorkloadsFlagged(), // IPD-1-02
				new LargestWorkloadFitsOneHost(), // IPD-1-03
				new WorkloadA1AttributesRecorded(), // IPD-1-04
				new VdiScopeDeclared(), // IPD-1-05
				new NonVirtualizableWorkloadOutOfScope(), // IPD-1-06
				new VendorSupportsVirtualization(), // IPD-1-07
				new FaultToleranceApproachSelected(), // IPD-1-08
				new LoadBalancingNeedsTwoInstances(), // IPD-1-09
				new LoadBalancedInstancesOnSeparateHosts(), // IPD-1-10
				new VendorSupportsNlb(), // IPD-1-11
				new LoadBalancingForStatelessApplications(), // IPD-1-12
				new VmClusteringUsesSharedDisk(), // IPD-1-13
				new VmClusteringNodesOnSeparateHosts(), // IPD-1-14
				new VendorSupportsVmClustering(), // IPD-1-15
				new HostClusteringUsesSharedStorage(), // IPD-1-16
				new HostClusteringNeedsSpareHost(), // IPD-1-17
				new VendorSupportsHostClustering(), // IPD-1-18
				new HostClusteringCorruptionRisk(), // IPD-1-19
				new ApplicationLevelFaultToleranceSupported(), // IPD-1-20
				new GrowthBufferDefined(), // IPD-1-22
				new GrowthBufferBasedOnBusiness(), // IPD-1-23
				new FaultToleranceOverheadInSize(), // IPD-1-24
				new IsolationBasisRecorded()); // IPD-1-26
	}
}
