package org.ddc.generate;

import java.util.List;

import org.ddc.model.Design;
import org.ddc.model.HostDesign;
import org.ddc.model.Workload;

/**
 * How many hosts a generated host design gets for the workloads of its group, and how they are clustered: the one
 * place where the generator decides it. {@link #placement} (the generator's) is the count the placement engine
 * confirms, starting from the bound of {@link #sizing}, the shared sizing arithmetic.
 */
@FunctionalInterface
public interface HostCount {

	/**
	 * Hosts of one host design.
	 *
	 * @param quantity    the hosts, failover reserve included
	 * @param clusterSize the largest cluster ('cluster-size'): quantity ÷ cluster size clusters, rounded up, of
	 *                    sizes as equal as possible
	 */
	record Hosts(int quantity, int clusterSize) {
	}

	/**
	 * The hosts of a host design whose hardware (CPU, memory) is set, for the in-scope workloads it runs, under the
	 * design's sizing policy.
	 */
	Hosts of(HostDesign host, List<Workload> workloads, Design design);

	/** Host counts from {@link org.ddc.analysis.Sizing} and the platform's limits: see {@link SizingHostCount}. */
	static HostCount sizing(PlatformLimits limits) {
		return new SizingHostCount(limits);
	}

	/**
	 * Host counts that the analysis's placement with N+k survival confirms, from the bound of {@link #sizing}
	 * upward: see {@link PlacementHostCount}.
	 */
	static HostCount placement(PlatformLimits limits) {
		return new PlacementHostCount(limits);
	}
}
