package org.ddc.analysis.sizing;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.ddc.analysis.placement.ClusterPlan;
import org.ddc.analysis.placement.ClusterPlan.HostLoad;
import org.ddc.analysis.placement.ClusterPlan.VmPlacement;
import org.ddc.model.Cluster;

/**
 * One host cluster of a host design (declared, derived from 'cluster-size', or the unclustered hosts as one pool),
 * the VMs given to it and the placement engine's plan for them.
 *
 * @param name          the declared name, {@code HD-WEB-CL1} for the n-th cluster derived from 'cluster-size', or the
 *                      host design's name for unclustered hosts
 * @param declared      the model's cluster when declared, else {@code null}
 * @param reserve       k of N+k
 * @param reserveSource where k comes from
 * @param hosts         the names of its hosts ({@code HD-WEB-01} …), in the order the engine uses them
 * @param vms           the VM instances given to it, by id
 * @param plan          the engine's plan: placement, bound, hosts needed, survival
 */
public record ClusterSizing(String name, Cluster declared, int reserve, ReserveSource reserveSource,
		List<String> hosts, Map<String, VmInstance> vms, ClusterPlan plan) {

	public ClusterSizing {
		hosts = List.copyOf(hosts);
		vms = Map.copyOf(vms);
	}

	/** True when every VM has a host and the placement survives k host failures. */
	public boolean fits() {
		return plan.allPlaced() && plan.survival().holds();
	}

	/** The smallest host count that places and survives (first hosts, then copies of the last); see the engine. */
	public OptionalInt hostsNeeded() {
		return plan.hostsNeeded();
	}

	/** The VM instance behind a placement. */
	public VmInstance instance(VmPlacement placement) {
		return vms.get(placement.vm().id());
	}

	/** The VMs placed on each host that runs any, in input order (one pass over the placements). */
	public Map<String, List<VmPlacement>> byHost() {
		Map<String, List<VmPlacement>> byHost = new java.util.LinkedHashMap<>();
		for (VmPlacement placement : plan.placements()) {
			if (placement.placed()) {
				byHost.computeIfAbsent(placement.host(), h -> new java.util.ArrayList<>()).add(placement);
			}
		}
		return byHost;
	}

	/**
	 * One resource of the cluster after N+k: what the hosts that are left when the k largest fail offer, and what
	 * the VMs need (peak buffer and growth applied). {@code capacity} is NaN when unknown (CPU without reference).
	 */
	public record Headroom(String resource, double capacity, double demand) {
		/** Capacity less demand; negative when short; NaN when the capacity is unknown. */
		public double free() {
			return capacity - demand;
		}

		/** Free share of the capacity, 0..1 (negative when short); NaN when unknown or no capacity. */
		public double freeShare() {
			return capacity > 0 ? free() / capacity : Double.NaN;
		}
	}

	/** Memory and CPU headroom after N+k (the k hosts with the most capacity taken away). */
	public List<Headroom> headroom() {
		int k = Math.min(reserve, plan.hostLoads().size());
		double[] memory = plan.hostLoads().stream().mapToDouble(l -> l.host().memoryMb()).sorted().toArray();
		double[] cpu = plan.hostLoads().stream().mapToDouble(l -> l.host().cpuPercent()).sorted().toArray();
		double memoryCapacity = 0;
		double cpuCapacity = 0;
		for (int i = 0; i < memory.length - k; i++) {
			memoryCapacity += memory[i];
			cpuCapacity += cpu[i];
		}
		double memoryDemand = plan.placements().stream().mapToDouble(p -> p.vm().memoryMb()).sum();
		double cpuDemand = plan.placements().stream().mapToDouble(p -> p.vm().cpuPercent()).sum();
		return List.of(new Headroom("memory", memoryCapacity, memoryDemand),
				new Headroom("CPU", plan.cpuChecked() ? cpuCapacity : Double.NaN, cpuDemand));
	}

	/** Loads of the hosts that run at least one VM. */
	public List<HostLoad> loaded() {
		return plan.hostLoads().stream().filter(l -> l.vms() > 0).toList();
	}
}
