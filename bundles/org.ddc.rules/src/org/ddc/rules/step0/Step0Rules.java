package org.ddc.rules.step0;

import java.util.List;

import org.ddc.rules.Rule;

/** The implemented general rules (introduction, L36–67) of the planning guide, in catalog order. */
public final class Step0Rules {
	private Step0Rules() {
	}

	public static List<Rule> all() {
		return List.of(
				new SingleLocationAndCompany(), // IPD-0-01
				new MultiTenancyNotCovered(), // IPD-0-02
				new HardwareScalingValidated(), // IPD-0-03
				new ConsiderApplicationLevelClustering(), // IPD-0-05
				new HostComponentFaultTolerance(), // IPD-0-06
				new SystemLevelFaultTolerance()); // IPD-0-08
	}
}
