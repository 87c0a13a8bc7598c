package org.ddc.analysis.sizing;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntFunction;

import org.ddc.analysis.placement.ClusterPlan.VmPlacement;
import org.ddc.analysis.placement.Limit;
import org.ddc.analysis.placement.Survival;
import org.ddc.model.HostDesign;

/**
 * A host design's hosts against the VMs they must run: its clusters with the engine's plan for each, the VMs that
 * fit none of its hosts even alone, the first shortfall, and the smallest quantity that places every VM and
 * survives N+k in every cluster.
 */
public final class HostDesignSizing {
	/** How the host design's hosts are clustered. */
	public enum Clustering {
		/** Not clustered: one pool without reserve. */
		NONE,
		/** Clusters of 'cluster-size' hosts (the last may be smaller), N+k each. */
		CLUSTER_SIZE,
		/** Declared clusters ('cluster CL-A hosts 4'). */
		DECLARED;

		/**
		 * How a host design declares its hosts clustered: declared clusters, else a 'cluster-size' of 2 or more, else
		 * none (see {@link HostClustering} for the meaning that also counts what its workloads require).
		 */
		public static Clustering of(HostDesign host) {
			return !host.getClusters().isEmpty() ? DECLARED
					: host.isSetClusterSize() && host.getClusterSize() >= 2 ? CLUSTER_SIZE : NONE;
		}
	}

	/** A VM that fits no host of the design even alone, and the resource it exceeds. */
	public record Oversized(VmInstance vm, Limit limit) {
	}

	private final HostDesign hostDesign;
	private final Clustering clustering;
	private final int quantity;
	private final List<VmInstance> vms;
	private final List<Oversized> oversized;
	private final List<ClusterSizing> clusters;
	private final String notPlanned;
	private final IntFunction<HostDesignSizing> replan;
	private OptionalInt quantityNeeded;

	HostDesignSizing(HostDesign hostDesign, Clustering clustering, int quantity, List<VmInstance> vms,
			List<Oversized> oversized, List<ClusterSizing> clusters, String notPlanned,
			IntFunction<HostDesignSizing> replan) {
		this.hostDesign = hostDesign;
		this.clustering = clustering;
		this.quantity = quantity;
		this.vms = List.copyOf(vms);
		this.oversized = List.copyOf(oversized);
		this.clusters = List.copyOf(clusters);
		this.notPlanned = notPlanned;
		this.replan = replan;
	}

	/** A host design that is not planned, for the given reason, with no VMs listed. */
	static HostDesignSizing notPlanned(HostDesign host, String reason) {
		return new HostDesignSizing(host, Clustering.NONE, Math.max(0, host.getQuantity()), List.of(), List.of(),
				List.of(), reason, q -> notPlanned(host, reason));
	}

	public HostDesign hostDesign() {
		return hostDesign;
	}

	public Clustering clustering() {
		return clustering;
	}

	/** The hosts planned: the declared quantity, or for declared clusters the sum of their hosts. */
	public int quantity() {
		return quantity;
	}

	/** Every VM instance that runs on this host design, in design order. */
	public List<VmInstance> vms() {
		return vms;
	}

	/** VMs that fit no host of this design even alone (not given to the engine; reported per workload). */
	public List<Oversized> oversized() {
		return oversized;
	}

	public List<ClusterSizing> clusters() {
		return clusters;
	}

	/** The hosts kept in failover reserve: k of N+k summed over the clusters; 0 for unclustered hosts. */
	public int reserve() {
		return clusters.stream().mapToInt(ClusterSizing::reserve).sum();
	}

	/**
	 * Why the VMs could not be placed at all ("host design HD-1 states no memory"), or {@code null} when they were.
	 */
	public String notPlanned() {
		return notPlanned;
	}

	public boolean planned() {
		return notPlanned == null;
	}

	/** True when planned, every VM that fits a host is placed and every cluster survives its N+k. */
	public boolean fits() {
		return planned() && clusters.stream().allMatch(ClusterSizing::fits);
	}

	/** The first VM that finds no host, else the first that cannot restart after a failure; empty when it fits. */
	public Optional<Shortfall> shortfall() {
		for (ClusterSizing cluster : clusters) {
			for (VmPlacement placement : cluster.plan().unplaced()) {
				return Optional.of(new Shortfall(cluster, cluster.instance(placement), placement.reason(), List.of(),
						cluster.plan().unplaced().size()));
			}
		}
		for (ClusterSizing cluster : clusters) {
			Survival survival = cluster.plan().survival();
			if (!survival.holds() && !survival.failures().isEmpty()) {
				Survival.Failure failure = survival.failures().get(0);
				return Optional.of(new Shortfall(cluster, cluster.vms().get(failure.vm().id()), failure.limit(),
						failure.failedHosts(), failure.vmsNotRestarted()));
			}
		}
		return Optional.empty();
	}

	/**
	 * The smallest host count for which every VM that fits a host is placed and every cluster survives its N+k: for
	 * unclustered hosts and clusters of 'cluster-size' the quantity (clusters re-formed for each count), for declared
	 * clusters the sum of what each needs. Empty when no count does (for example a cluster size not larger than the
	 * reserve) or the design could not be planned.
	 */
	public synchronized OptionalInt quantityNeeded() {
		if (quantityNeeded == null) {
			quantityNeeded = computeQuantityNeeded();
		}
		return quantityNeeded;
	}

	private OptionalInt computeQuantityNeeded() {
		if (!planned()) {
			return OptionalInt.empty();
		}
		if (clustering == Clustering.DECLARED) {
			int sum = 0;
			for (ClusterSizing cluster : clusters) {
				OptionalInt needed = cluster.hostsNeeded();
				if (needed.isEmpty()) {
					return OptionalInt.empty();
				}
				sum += needed.getAsInt();
			}
			return OptionalInt.of(sum);
		}
		if (clustering == Clustering.NONE && quantity >= 1) {
			return clusters.get(0).hostsNeeded();
		}
		return search();
	}

	/** Galloping from the declared quantity, then bisection (fitting is taken as monotone in the quantity). */
	private OptionalInt search() {
		int count = vms.size() - oversized.size();
		if (count == 0) {
			return OptionalInt.of(0);
		}
		int ceiling = 2 * count + 2 * maxReserve() + 16;
		int fails;
		int fitsAt;
		if (fits()) {
			fails = 0;
			fitsAt = quantity;
		} else {
			fails = quantity;
			int step = 1;
			int probe = quantity + 1;
			while (!replan.apply(probe).fits()) {
				fails = probe;
				if (probe >= ceiling) {
					return OptionalInt.empty();
				}
				step *= 2;
				probe = Math.min(ceiling, probe + step);
			}
			fitsAt = probe;
		}
		while (fitsAt - fails > 1) {
			int middle = fails + (fitsAt - fails) / 2;
			if (middle == quantity ? fits() : replan.apply(middle).fits()) {
				fitsAt = middle;
			} else {
				fails = middle;
			}
		}
		return OptionalInt.of(fitsAt);
	}

	private int maxReserve() {
		return clusters.stream().mapToInt(ClusterSizing::reserve).max().orElse(0);
	}

	/** This host design planned with another quantity (clusters of 'cluster-size' re-formed). */
	public HostDesignSizing withQuantity(int hosts) {
		return hosts == quantity ? this : replan.apply(hosts);
	}

	/** The cluster a VM instance was given to, or empty (oversized, or not planned). */
	public Optional<ClusterSizing> clusterOf(VmInstance vm) {
		return clusters.stream().filter(c -> c.vms().containsKey(vm.id()) && c.vms().get(vm.id()) == vm).findFirst();
	}
}
