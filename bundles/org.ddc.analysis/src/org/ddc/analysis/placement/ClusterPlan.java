package org.ddc.analysis.placement;

import java.util.List;
import java.util.OptionalInt;

/**
 * The engine's answer for one cluster: where each VM runs, the load of each host, the lower bound, the hosts needed
 * and the N+k survival verdict. Lists keep the order of the input.
 *
 * @param cluster     the cluster's id
 * @param placements  one per VM of the input, in input order
 * @param hostLoads   one per host of the input, in input order
 * @param bound       a lower bound on the hosts this cluster needs, reserve included
 * @param hostsNeeded the smallest host count (first hosts of the list, then copies of the last) for which the
 *                    engine places every VM and the placement survives k failures; empty when no count does: a VM
 *                    fits no host even alone, the cluster has no host to copy, or (mixed hosts) a VM fits only
 *                    hosts that are not copied and k failures can take all of them
 * @param cpuChecked  false when a host's CPU capacity is unknown: CPU was then neither checked nor counted
 * @param survival    the N+k verdict for the placement above
 */
public record ClusterPlan(String cluster, List<VmPlacement> placements, List<HostLoad> hostLoads, Bound bound,
		OptionalInt hostsNeeded, boolean cpuChecked, Survival survival) {

	public ClusterPlan {
		placements = List.copyOf(placements);
		hostLoads = List.copyOf(hostLoads);
	}

	/**
	 * Where one VM runs.
	 *
	 * @param vm     the VM as given
	 * @param host   the host's id, or {@code null} when it could not be placed
	 * @param reason {@code null} when placed; otherwise what stopped it on every host (see {@link Limit})
	 */
	public record VmPlacement(Vm vm, String host, Limit reason) {
		public boolean placed() {
			return host != null;
		}
	}

	/** What one host carries in the placement. */
	public record HostLoad(Host host, double memoryMb, double cpuPercent, int vms, int virtualProcessors) {
		/** Memory the host has left, in MB (negative never happens in a placement). */
		public double freeMemoryMb() {
			return host.memoryMb() - memoryMb;
		}

		/** CPU the host has left, in percent of the reference CPU; NaN when its capacity is unknown. */
		public double freeCpuPercent() {
			return host.cpuPercent() - cpuPercent;
		}
	}

	/**
	 * A lower bound: no placement that survives k failures uses fewer hosts (first hosts of the list, then copies of
	 * the last).
	 *
	 * @param hosts              the bound, reserve included
	 * @param hostsBeforeReserve the bound for placement alone (no failure)
	 * @param limit              what determines it: a resource, the largest anti-affinity set
	 *                           ({@link Limit#ANTI_AFFINITY}) or the isolation domains needing hosts of their own
	 *                           ({@link Limit#ISOLATION}); {@code null} when there are no VMs
	 */
	public record Bound(int hosts, int hostsBeforeReserve, Limit limit) {
	}

	/** True when every VM has a host. */
	public boolean allPlaced() {
		return placements.stream().allMatch(VmPlacement::placed);
	}

	/** The VMs without a host, in input order. */
	public List<VmPlacement> unplaced() {
		return placements.stream().filter(p -> !p.placed()).toList();
	}
}
