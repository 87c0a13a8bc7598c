package org.ddc.analysis.sizing;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.ddc.analysis.Sizing;
import org.ddc.analysis.placement.ClusterPlan;
import org.ddc.analysis.placement.ClusterPlan.HostLoad;
import org.ddc.analysis.placement.ClusterPlan.VmPlacement;
import org.ddc.model.Cluster;
import org.ddc.model.Design;

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
		return uses(1).stream().map(u -> new Headroom(u.resource(), u.afterReserve(), u.demand())).toList();
	}

	/**
	 * One resource of the cluster, from the VMs' peak figures to what is left after N+k: the VMs' demand at peak, the
	 * same with the policy's peak buffer and growth (what placement packs), the capacity of all hosts, and the part of
	 * it the k largest hosts hold in reserve. {@code capacity} and {@code reserve} are NaN when unknown (CPU without a
	 * reference CPU).
	 */
	public record ResourceUse(String resource, double peakDemand, double demand, double capacity, double reserve) {
		/** What peak buffer and growth add to the peak demand. */
		public double buffer() {
			return demand - peakDemand;
		}

		/** The capacity without the reserve hosts: what the VMs may use while k hosts are down. */
		public double afterReserve() {
			return capacity - reserve;
		}

		/** Capacity after N+k less demand; negative when short; NaN when the capacity is unknown. */
		public double free() {
			return afterReserve() - demand;
		}

		/** {@link #free()} as a share of the capacity after N+k, 0..1 (negative when short); NaN when unknown. */
		public double freeShare() {
			return afterReserve() > 0 ? free() / afterReserve() : Double.NaN;
		}
	}

	/** Memory (MB) and CPU (% of the reference CPU) of the cluster; see {@link ResourceUse}. */
	public List<ResourceUse> resourceUse(Design design) {
		return uses(Sizing.headroom(design));
	}

	private List<ResourceUse> uses(double headroom) {
		int k = Math.min(reserve, plan.hostLoads().size());
		double[] memory = plan.hostLoads().stream().mapToDouble(l -> l.host().memoryMb()).sorted().toArray();
		double[] cpu = plan.hostLoads().stream().mapToDouble(l -> l.host().cpuPercent()).sorted().toArray();
		double memoryDemand = plan.placements().stream().mapToDouble(p -> p.vm().memoryMb()).sum();
		double cpuDemand = plan.placements().stream().mapToDouble(p -> p.vm().cpuPercent()).sum();
		double factor = headroom > 0 ? headroom : 1;
		return List.of(
				new ResourceUse("memory", memoryDemand / factor, memoryDemand, sum(memory, 0, memory.length),
						sum(memory, memory.length - k, memory.length)),
				new ResourceUse("CPU", cpuDemand / factor, cpuDemand,
						plan.cpuChecked() ? sum(cpu, 0, cpu.length) : Double.NaN,
						plan.cpuChecked() ? sum(cpu, cpu.length - k, cpu.length) : Double.NaN));
	}

	private static double sum(double[] values, int from, int to) {
		double sum = 0;
		for (int i = Math.max(0, from); i < to; i++) {
			sum += values[i];
		}
		return sum;
	}

	/** Loads of the hosts that run at least one VM. */
	public List<HostLoad> loaded() {
		return plan.hostLoads().stream().filter(l -> l.vms() > 0).toList();
	}
}
