package org.ddc.analysis.sizing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

import org.ddc.analysis.Demand;
import org.ddc.analysis.DesignIndex;
import org.ddc.analysis.Quantities;
import org.ddc.analysis.RackLayout;
import org.ddc.analysis.Sizing;
import org.ddc.analysis.placement.Cluster;
import org.ddc.analysis.placement.ClusterPlan;
import org.ddc.analysis.placement.Host;
import org.ddc.analysis.placement.Limit;
import org.ddc.analysis.placement.PlacementEngine;
import org.ddc.analysis.placement.Vm;
import org.ddc.analysis.sizing.HostDesignSizing.Clustering;
import org.ddc.analysis.sizing.HostDesignSizing.Oversized;
import org.ddc.model.Design;
import org.ddc.model.FaultToleranceApproach;
import org.ddc.model.HostDesign;
import org.ddc.model.IsolationDomain;
import org.ddc.model.IsolationKind;
import org.ddc.model.ManagementServer;
import org.ddc.model.ServerPlacement;
import org.ddc.model.Workload;
import org.ddc.model.WorkloadGroup;
import org.ddc.model.units.Quantity;

/**
 * The design's hosts against its VMs: every VM instance (each instance of each in-scope workload, VDI desktops
 * included, and each management server that runs virtual inside the datacenter) on the host design of its group,
 * in the cluster its group names or spread over the host design's clusters, placed by the
 * {@linkplain PlacementEngine placement engine} with N+k survival per cluster.
 *
 * <h2>What the engine is given</h2>
 * <ul>
 * <li>A VM's memory and CPU are its peak figures times (1 + peak buffer) × (1 + growth) of the policy; CPU in percent
 * of the reference processor; virtual processors its 'vcpus' (1 when not stated).</li>
 * <li>Instances of a load-balanced, VM-clustered or application-level fault-tolerant workload, and the instances of a
 * management server with a count of two or more, form an anti-affinity set: on different hosts, also after a
 * failure (guide L115, L120).</li>
 * <li>A workload in an isolation domain (its own or its group's) that is not declared administrative never shares a
 * host with VMs of another domain or of none (L152).</li>
 * <li>A host offers its memory less the policy's host reserve, its CPU relative to the reference processor (unknown
 * without either CPU: CPU is then not checked), and the platform's running-VM and virtual-processor maxima.</li>
 * <li>Clusters: the host design's declared clusters; else 'cluster-size' hosts each (the last may be smaller); else
 * the hosts are one pool. 'cluster-size' is the largest cluster: quantity ÷ cluster-size clusters, rounded up, of
 * sizes as equal as possible (10 hosts of cluster-size 8 are two clusters of 5, not 8 and 2). k of N+k per cluster:
 * the cluster's own 'failover-reserve', else the policy's, else 1 (L123); unclustered hosts hold no reserve. A group
 * that names a cluster runs there; the VMs of the other groups are spread over the host design's clusters, a whole
 * anti-affinity set at a time, largest first, each to the cluster with the smallest share of its capacity (without
 * the reserve hosts) in use among those with enough hosts for the set and the reserve.</li>
 * </ul>
 * A VM that does not fit one host of its design even alone is not given to the engine (the rules report it per
 * workload); the others are placed so that the host counts stay meaningful.
 */
public final class HostSizing {
	private final Map<HostDesign, HostDesignSizing> byHostDesign = new LinkedHashMap<>();

	private HostSizing() {
	}

	/** Plans every host design of the design. */
	public static HostSizing of(DesignIndex index, HostLimits limits) {
		return of(index, limits, RackLayout.of(index));
	}

	/** Plans every host design, each cluster's hosts taken in turn from its racks (see {@link #interleave}). */
	public static HostSizing of(DesignIndex index, HostLimits limits, RackLayout racks) {
		HostSizing sizing = new HostSizing();
		Design design = index.design();
		double headroom = Sizing.headroom(design);
		long total = countInstances(index);
		if (total > MAX_VMS) {
			for (HostDesign host : index.all(HostDesign.class)) {
				sizing.byHostDesign.put(host, HostDesignSizing.notPlanned(host, "the design has "
						+ Quantities.number(total) + " VM instances, more than the "
						+ Quantities.number(MAX_VMS) + " ddc places"));
			}
			return sizing;
		}
		Map<HostDesign, List<Pinned>> vmsByHost = new IdentityHashMap<>();
		Set<String> ids = new HashSet<>();
		for (HostDesign host : index.all(HostDesign.class)) {
			vmsByHost.put(host, new ArrayList<>());
		}
		for (Workload workload : index.all(Workload.class)) {
			WorkloadGroup group = workload.getGroup();
			HostDesign host = hostDesignOf(group);
			if (host == null || !Demand.inScope(workload) || !vmsByHost.containsKey(host)) {
				continue;
			}
			int instances = Math.max(0, workload.getInstances());
			String set = instances >= 2 && antiAffine(workload) ? workload.getName() : null;
			String isolation = isolation(workload.getIsolation(), group.getIsolation());
			int vcpus = workload.isSetVcpus() ? Math.max(0, workload.getVcpus()) : 1;
			for (int i = 1; i <= instances; i++) {
				Vm vm = new Vm(id(workload.getName(), i, instances, ids), amount(base(workload.getMemory()) * headroom),
						amount(base(workload.getCpu()) * headroom), vcpus, set, isolation);
				vmsByHost.get(host).add(new Pinned(new VmInstance(vm, workload, i), cluster(group, host)));
			}
		}
		for (ManagementServer server : index.all(ManagementServer.class)) {
			WorkloadGroup group = server.getGroup();
			HostDesign host = hostDesignOf(group);
			if (server.getRuns() != ServerPlacement.VIRTUAL_INSIDE || host == null || !vmsByHost.containsKey(host)) {
				continue;
			}
			int count = Math.max(0, server.getCount());
			String set = count >= 2 ? server.getName() : null;
			String isolation = isolation(null, group.getIsolation());
			int vcpus = server.isSetVcpus() ? Math.max(0, server.getVcpus()) : 1;
			for (int i = 1; i <= count; i++) {
				Vm vm = new Vm(id(server.getName(), i, count, ids), amount(base(server.getMemory()) * headroom),
						amount(base(server.getCpu()) * headroom), vcpus, set, isolation);
				vmsByHost.get(host).add(new Pinned(new VmInstance(vm, server, i), cluster(group, host)));
			}
		}
		for (HostDesign host : index.all(HostDesign.class)) {
			Map<String, Object> rackOf = new java.util.HashMap<>();
			for (RackLayout.Unit unit : racks.units(host)) {
				rackOf.putIfAbsent(unit.name(), unit.rack());
			}
			Planner planner = new Planner(host, design, limits, vmsByHost.get(host), rackOf);
			sizing.byHostDesign.put(host, planner.plan(host.getQuantity()));
		}
		return sizing;
	}

	/**
	 * VM instances placed at most per design: a million, fifteen times the placement benchmark's mix; an 'instances'
	 * typo of a billion must not take the editor's memory.
	 */
	public static final long MAX_VMS = 1_000_000;

	private static long countInstances(DesignIndex index) {
		long total = 0;
		for (Workload workload : index.all(Workload.class)) {
			if (hostDesignOf(workload.getGroup()) != null && Demand.inScope(workload)) {
				total += Math.max(0, workload.getInstances());
			}
		}
		for (ManagementServer server : index.all(ManagementServer.class)) {
			if (server.getRuns() == ServerPlacement.VIRTUAL_INSIDE && hostDesignOf(server.getGroup()) != null) {
				total += Math.max(0, server.getCount());
			}
		}
		return total;
	}

	/** Every host design in design order. */
	public List<HostDesignSizing> hostDesigns() {
		return List.copyOf(byHostDesign.values());
	}

	/**
	 * The hosts held in reserve for host failures, over every cluster of every host design: the k of each cluster's
	 * N+k ("host clustering needs at least one additional physical host", guide L123), at most the cluster's hosts.
	 * Unclustered hosts hold none. The fault-tolerance extra of host-level clustering that Step 1 Task 3 asks to
	 * include in the initial size (L131).
	 */
	public int reserveHosts() {
		int reserve = 0;
		for (HostDesignSizing hostDesign : byHostDesign.values()) {
			for (ClusterSizing cluster : hostDesign.clusters()) {
				reserve += Math.min(cluster.reserve(), cluster.hosts().size());
			}
		}
		return reserve;
	}

	/** The sizing of one host design, or {@code null} when it is not part of the design. */
	public HostDesignSizing of(HostDesign host) {
		return byHostDesign.get(host);
	}

	/** The host design a group's VMs run on: its 'host-design', else that of the cluster it names. */
	public static HostDesign hostDesignOf(WorkloadGroup group) {
		if (group == null || group.eIsProxy()) {
			return null;
		}
		if (DesignIndex.live(group.getHostDesign())) {
			return group.getHostDesign();
		}
		org.ddc.model.Cluster cluster = group.getCluster();
		return DesignIndex.live(cluster) && cluster.eContainer() instanceof HostDesign host ? host : null;
	}

	private static org.ddc.model.Cluster cluster(WorkloadGroup group, HostDesign host) {
		org.ddc.model.Cluster cluster = group.getCluster();
		return DesignIndex.live(cluster) && cluster.eContainer() == host ? cluster : null;
	}

	/** Instances of a load-balanced, VM-clustered or application-level fault-tolerant workload avoid each other. */
	public static boolean antiAffine(Workload workload) {
		if (!workload.isSetFaultToleranceApproach()) {
			return false;
		}
		FaultToleranceApproach approach = workload.getFaultToleranceApproach();
		return approach == FaultToleranceApproach.LOAD_BALANCING || approach == FaultToleranceApproach.VM_CLUSTERING
				|| approach == FaultToleranceApproach.APPLICATION_LEVEL;
	}

	/** The isolation domain that keeps a VM off shared hosts, or null (none, or administrative isolation). */
	private static String isolation(IsolationDomain own, IsolationDomain group) {
		IsolationDomain domain = DesignIndex.live(own) ? own : DesignIndex.live(group) ? group : null;
		if (domain == null || domain.getKind() == IsolationKind.ADMINISTRATIVE) {
			return null;
		}
		return domain.getName();
	}

	private static String id(String name, int instance, int count, Set<String> ids) {
		String base = name == null || name.isEmpty() ? "(unnamed)" : name;
		String id = count > 1 ? base + "#" + instance : base;
		String unique = id;
		for (int n = 2; !ids.add(unique); n++) {
			unique = id + "(" + n + ")";
		}
		return unique;
	}

	/** Values the engine can take: negative or NaN as 0 (range checks report them), at most {@link #MAX_AMOUNT}. */
	static double amount(double value) {
		return Double.isNaN(value) || value < 0 ? 0 : Math.min(value, MAX_AMOUNT);
	}

	/** The largest memory (MB) or CPU (%) figure placed: 10^15, far beyond any host, finite when summed. */
	static final double MAX_AMOUNT = 1e15;

	private static double base(Quantity quantity) {
		return quantity == null ? 0 : amount(quantity.base());
	}

	/**
	 * A cluster's hosts in the order the engine fills them: one from each rack in turn (racks in the order their
	 * first host appears; hosts not in a rack count as one more rack). The engine puts the members of an anti-affinity
	 * set on the first hosts with room, so they land in different racks where the cluster spans racks, and one rack's
	 * failure leaves instances running; the last hosts, kept as the reserve, are spread too.
	 */
	static List<String> interleave(List<String> names, Map<String, Object> rackOf) {
		Map<Object, java.util.ArrayDeque<String>> byRack = new LinkedHashMap<>();
		Object none = new Object();
		for (String name : names) {
			byRack.computeIfAbsent(rackOf.getOrDefault(name, none), r -> new java.util.ArrayDeque<>()).add(name);
		}
		if (byRack.size() <= 1) {
			return names;
		}
		List<String> order = new ArrayList<>(names.size());
		while (order.size() < names.size()) {
			for (java.util.ArrayDeque<String> queue : byRack.values()) {
				if (!queue.isEmpty()) {
					order.add(queue.poll());
				}
			}
		}
		return order;
	}

	/** A VM and the declared cluster its group names, or null. */
	private record Pinned(VmInstance vm, org.ddc.model.Cluster cluster) {
	}

	/** Plans one host design for a given quantity. */
	private static final class Planner {
		private final HostDesign host;
		private final Design design;
		private final HostLimits limits;
		private final List<Pinned> vms;
		private final Map<String, Object> rackOf;

		Planner(HostDesign host, Design design, HostLimits limits, List<Pinned> vms, Map<String, Object> rackOf) {
			this.host = host;
			this.design = design;
			this.limits = limits;
			this.vms = vms;
			this.rackOf = rackOf;
		}

		HostDesignSizing plan(int quantity) {
			List<VmInstance> all = vms.stream().map(Pinned::vm).toList();
			Clustering clustering = Clustering.of(host);
			if (clustering == Clustering.DECLARED) {
				quantity = host.getClusters().stream().mapToInt(c -> Math.max(0, c.getHosts())).sum();
			}
			int hosts = Math.max(0, quantity);
			if (host.getMemory() == null) {
				return new HostDesignSizing(host, clustering, hosts, all, List.of(), List.of(), "host design "
						+ host.getName() + " states no 'memory'", this::plan);
			}
			double cpu = Sizing.cpuCapacityPercent(host, design);
			Host template = new Host(host.getName(), amount(Sizing.usableMemoryMb(host, design)),
					Double.isNaN(cpu) ? Double.NaN : amount(cpu), limits.runningVms(), limits.virtualProcessors());
			List<Oversized> oversized = new ArrayList<>();
			List<Pinned> fitting = new ArrayList<>();
			for (Pinned pinned : vms) {
				Limit limit = oversize(pinned.vm().vm(), template);
				if (limit != null) {
					oversized.add(new Oversized(pinned.vm(), limit));
				} else {
					fitting.add(pinned);
				}
			}
			List<Slot> slots = slots(clustering, hosts);
			distribute(fitting, slots, template);
			List<Cluster> inputs = new ArrayList<>();
			for (Slot slot : slots) {
				List<Host> list = new ArrayList<>();
				for (String name : slot.hostNames) {
					list.add(template.withId(name));
				}
				inputs.add(new Cluster(slot.name, list, slot.reserve,
						slot.vms.stream().map(VmInstance::vm).toList()));
			}
			List<ClusterPlan> plans = PlacementEngine.plan(inputs);
			List<ClusterSizing> clusters = new ArrayList<>();
			for (int i = 0; i < slots.size(); i++) {
				Slot slot = slots.get(i);
				Map<String, VmInstance> byId = new LinkedHashMap<>();
				slot.vms.forEach(vm -> byId.put(vm.id(), vm));
				clusters.add(new ClusterSizing(slot.name, slot.declared, slot.reserve, slot.source, slot.hostNames,
						byId, plans.get(i)));
			}
			return new HostDesignSizing(host, clustering, hosts, all, oversized, clusters, null, this::plan);
		}

		/** What a VM exceeds on an empty host, or null when it fits one. */
		private static Limit oversize(Vm vm, Host host) {
			double tolerance = 1 + PlacementEngine.TOLERANCE;
			if (vm.memoryMb() > host.memoryMb() * tolerance) {
				return Limit.MEMORY;
			}
			if (!Double.isNaN(host.cpuPercent()) && vm.cpuPercent() > host.cpuPercent() * tolerance) {
				return Limit.CPU;
			}
			if (host.maxVms() < 1) {
				return Limit.VM_COUNT;
			}
			if (vm.vcpus() > host.maxVirtualProcessors()) {
				return Limit.VIRTUAL_PROCESSORS;
			}
			return null;
		}

		private List<Slot> slots(Clustering clustering, int hosts) {
			List<Slot> slots = new ArrayList<>();
			int policy = Sizing.failoverReserve(design);
			boolean policySet = design != null && design.getPolicy() != null && design.getPolicy().isSetFailoverReserve();
			int next = 0;
			switch (clustering) {
			case DECLARED -> {
				for (org.ddc.model.Cluster cluster : host.getClusters()) {
					int size = Math.max(0, cluster.getHosts());
					ReserveSource source = cluster.isSetFailoverReserve() ? ReserveSource.CLUSTER
							: policySet ? ReserveSource.POLICY : ReserveSource.GUIDE_MINIMUM;
					int reserve = Math.max(0, cluster.isSetFailoverReserve() ? cluster.getFailoverReserve()
							: policySet ? policy : 1);
					slots.add(new Slot(slots.size(), cluster.getName(), cluster, reserve, source, names(next, size, hosts)));
					next += size;
				}
			}
			case CLUSTER_SIZE -> {
				int size = host.getClusterSize();
				ReserveSource source = policySet ? ReserveSource.POLICY : ReserveSource.GUIDE_MINIMUM;
				int reserve = Math.max(0, policySet ? policy : 1);
				int count = Math.max(1, (hosts + size - 1) / size);
				for (int i = 0; i < count; i++) {
					int members = hosts / count + (i < hosts % count ? 1 : 0);
					slots.add(new Slot(slots.size(), host.getName() + "-CL" + (i + 1), null, reserve, source,
							names(next, members, hosts)));
					next += members;
				}
			}
			case NONE -> slots.add(new Slot(slots.size(), host.getName(), null, 0, ReserveSource.NOT_CLUSTERED,
					names(0, hosts, hosts)));
			}
			return slots;
		}

		private List<String> names(int from, int size, int total) {
			List<String> names = new ArrayList<>(size);
			for (int i = from; i < from + size; i++) {
				names.add(RackLayout.unitName(host, i, total));
			}
			return interleave(names, rackOf);
		}

		/**
		 * Pinned VMs to their cluster; the others spread a whole anti-affinity set at a time, largest first, each to
		 * the cluster whose capacity without reserve hosts is least used.
		 */
		private static void distribute(List<Pinned> vms, List<Slot> slots, Host template) {
			List<List<VmInstance>> units = new ArrayList<>();
			Map<String, List<VmInstance>> sets = new LinkedHashMap<>();
			for (Pinned pinned : vms) {
				Slot pinnedSlot = pinned.cluster() == null ? null
						: slots.stream().filter(s -> s.declared == pinned.cluster()).findFirst().orElse(null);
				VmInstance vm = pinned.vm();
				if (pinnedSlot != null || slots.size() == 1) {
					(pinnedSlot != null ? pinnedSlot : slots.get(0)).add(vm);
				} else if (vm.vm().antiAffinitySet() != null) {
					sets.computeIfAbsent(vm.vm().antiAffinitySet(), k -> {
						List<VmInstance> unit = new ArrayList<>();
						units.add(unit);
						return unit;
					}).add(vm);
				} else {
					units.add(new ArrayList<>(List.of(vm)));
				}
			}
			if (units.isEmpty()) {
				return;
			}
			List<Integer> order = new ArrayList<>();
			for (int i = 0; i < units.size(); i++) {
				order.add(i);
			}
			order.sort(Comparator.comparingDouble((Integer i) -> -memory(units.get(i))).thenComparingInt(i -> i));
			PriorityQueue<Slot> queue = new PriorityQueue<>(
					Comparator.comparingDouble((Slot s) -> s.load(template)).thenComparingInt(s -> s.index));
			queue.addAll(slots);
			List<Slot> skipped = new ArrayList<>();
			for (int i : order) {
				List<VmInstance> unit = units.get(i);
				Slot slot = queue.poll();
				while (slot != null && slot.hostNames.size() < unit.size() + slot.reserve && !queue.isEmpty()) {
					skipped.add(slot);
					slot = queue.poll();
				}
				if (slot.hostNames.size() < unit.size() + slot.reserve) {
					// no cluster has hosts enough for the set: the one with the most hosts, where it is reported
					skipped.add(slot);
					slot = skipped.stream().max(Comparator.comparingInt((Slot s) -> s.hostNames.size())
							.thenComparingInt(s -> -s.index)).orElseThrow();
					skipped.remove(slot);
				}
				unit.forEach(slot::add);
				queue.add(slot);
				queue.addAll(skipped);
				skipped.clear();
			}
		}

		private static double memory(List<VmInstance> unit) {
			return unit.stream().mapToDouble(vm -> vm.vm().memoryMb()).sum();
		}
	}

	/** A cluster being formed. */
	private static final class Slot {
		final String name;
		final int index;
		final org.ddc.model.Cluster declared;
		final int reserve;
		final ReserveSource source;
		final List<String> hostNames;
		final List<VmInstance> vms = new ArrayList<>();
		double memory;
		double cpu;

		Slot(int index, String name, org.ddc.model.Cluster declared, int reserve, ReserveSource source,
				List<String> hostNames) {
			this.index = index;
			this.name = name;
			this.declared = declared;
			this.reserve = reserve;
			this.source = source;
			this.hostNames = hostNames;
		}

		void add(VmInstance vm) {
			vms.add(vm);
			memory += vm.vm().memoryMb();
			cpu += vm.vm().cpuPercent();
		}

		/** Share of the capacity without reserve hosts in use (the larger of memory and CPU). */
		double load(Host template) {
			int active = hostNames.size() - reserve;
			if (active <= 0) {
				return Double.MAX_VALUE;
			}
			double byMemory = template.memoryMb() > 0 ? memory / (active * template.memoryMb()) : memory;
			double byCpu = Double.isNaN(template.cpuPercent()) || template.cpuPercent() <= 0 ? 0
					: cpu / (active * template.cpuPercent());
			return Math.max(byMemory, byCpu);
		}
	}
}
