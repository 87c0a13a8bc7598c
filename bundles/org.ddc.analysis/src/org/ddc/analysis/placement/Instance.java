package org.ddc.analysis.placement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A cluster as arrays, indexed by VM: demands, anti-affinity set and isolation domain as small integers (numbered
 * in order of first appearance, so nothing depends on hash order), and the placement order.
 */
final class Instance {
	final Cluster cluster;
	final int vmCount;
	final double[] memory;
	final double[] cpu;
	final int[] vcpus;
	/** Anti-affinity set of each VM, -1 for none. */
	final int[] set;
	/** VM indices of each anti-affinity set. */
	final int[][] setMembers;
	/** Isolation domain of each VM; VMs without a domain share one. */
	final int[] domain;
	final int domainCount;
	final boolean cpuChecked;
	final Host[] hosts;
	/** Largest first (see {@link #order()}). */
	final Order bySize;
	/** Anti-affinity set members first, then single VMs, each largest first. */
	final Order setsFirst;
	/** Each VM's share of a host in the resource the cluster as a whole needs most of (see {@link #order()}). */
	final double[] dominantShare;
	/**
	 * How full CPU gets relative to memory when memory is full: (CPU demand / largest CPU capacity) / (memory
	 * demand / largest memory); 0 when CPU is not checked or there is no demand.
	 */
	final double cpuToMemory;

	Instance(Cluster cluster) {
		this.cluster = cluster;
		List<Vm> vms = cluster.vms();
		vmCount = vms.size();
		hosts = cluster.hosts().toArray(Host[]::new);
		boolean cpuKnown = true;
		for (Host host : hosts) {
			cpuKnown &= !Double.isNaN(host.cpuPercent());
		}
		cpuChecked = cpuKnown;
		memory = new double[vmCount];
		cpu = new double[vmCount];
		vcpus = new int[vmCount];
		set = new int[vmCount];
		domain = new int[vmCount];
		Map<String, Integer> sets = new HashMap<>();
		Map<String, Integer> domains = new HashMap<>();
		List<List<Integer>> members = new ArrayList<>();
		for (int v = 0; v < vmCount; v++) {
			Vm vm = vms.get(v);
			memory[v] = vm.memoryMb();
			cpu[v] = cpuChecked ? vm.cpuPercent() : 0;
			vcpus[v] = vm.vcpus();
			if (vm.antiAffinitySet() != null) {
				int s = sets.computeIfAbsent(vm.antiAffinitySet(), k -> sets.size());
				if (s == members.size()) {
					members.add(new ArrayList<>());
				}
				members.get(s).add(v);
				set[v] = s;
			} else {
				set[v] = -1;
			}
			String d = vm.isolationDomain() == null ? "" : "=" + vm.isolationDomain();
			domain[v] = domains.computeIfAbsent(d, k -> domains.size());
		}
		domainCount = domains.size();
		setMembers = new int[members.size()][];
		for (int s = 0; s < setMembers.length; s++) {
			setMembers[s] = members.get(s).stream().mapToInt(Integer::intValue).toArray();
		}
		double maxMemory = 0;
		double maxCpu = 0;
		double maxVp = 0;
		for (Host host : hosts) {
			maxMemory = Math.max(maxMemory, host.memoryMb());
			maxCpu = Math.max(maxCpu, cpuChecked ? host.cpuPercent() : 0);
			maxVp = Math.max(maxVp, host.maxVirtualProcessors());
		}
		double totalMemory = 0;
		double totalCpu = 0;
		double totalVp = 0;
		for (int v = 0; v < vmCount; v++) {
			totalMemory += memory[v];
			totalCpu += cpu[v];
			totalVp += vcpus[v];
		}
		cpuToMemory = maxCpu > 0 && maxMemory > 0 && totalMemory > 0 ? (totalCpu / maxCpu) / (totalMemory / maxMemory)
				: 0;
		// the resource with the largest demand in hosts' worth; VM count gives every VM the same share
		double memoryHosts = maxMemory > 0 ? totalMemory / maxMemory : 0;
		double cpuHosts = maxCpu > 0 ? totalCpu / maxCpu : 0;
		double vpHosts = maxVp > 0 && maxVp < Host.UNLIMITED ? totalVp / maxVp : 0;
		dominantShare = new double[vmCount];
		for (int v = 0; v < vmCount; v++) {
			if (cpuHosts > memoryHosts && cpuHosts >= vpHosts) {
				dominantShare[v] = cpu[v] / maxCpu;
			} else if (vpHosts > memoryHosts && vpHosts > cpuHosts) {
				dominantShare[v] = vcpus[v] / maxVp;
			} else {
				dominantShare[v] = maxMemory > 0 ? memory[v] / maxMemory : 0;
			}
		}
		bySize = order();
		// the same order, members of anti-affinity sets moved to the front
		int[] inSets = Arrays.stream(bySize.vms()).filter(v -> set[v] >= 0).toArray();
		int[] singles = Arrays.stream(bySize.vms()).filter(v -> set[v] < 0).toArray();
		int[] front = Arrays.copyOf(inSets, vmCount);
		System.arraycopy(singles, 0, front, inSets.length, singles.length);
		setsFirst = new Order(front);
	}

	/**
	 * An order of the VMs for placement.
	 *
	 * @param vms  VM indices in placement order
	 * @param rank the position of each VM in {@code vms}: a lower rank is placed earlier ("larger")
	 */
	record Order(int[] vms, int[] rank) {
		Order(int[] vms) {
			this(vms, new int[vms.length]);
			for (int i = 0; i < vms.length; i++) {
				rank[vms[i]] = i;
			}
		}
	}

	/**
	 * Largest first in the resource the cluster needs most hosts' worth of (memory, CPU or virtual processors; memory
	 * on a tie). Sorting by that resource alone mixes VMs heavy in another into every host: sorting by the largest
	 * share of any resource, or breaking ties by it, put CPU-heavy VMs together on the same hosts, which ran out of
	 * CPU with memory left (4 % above the bound on one pool of 3,000 hosts instead of 0). Among equal sizes, members
	 * of larger anti-affinity sets come first and each set's members together, then single VMs, each group in input
	 * order.
	 */
	private Order order() {
		Integer[] boxed = new Integer[vmCount];
		Arrays.setAll(boxed, i -> i);
		Arrays.sort(boxed, (a, b) -> {
			int c = Double.compare(dominantShare[b], dominantShare[a]);
			if (c != 0) {
				return c;
			}
			int sa = set[a] < 0 ? 0 : setMembers[set[a]].length;
			int sb = set[b] < 0 ? 0 : setMembers[set[b]].length;
			if (sa != sb) {
				return Integer.compare(sb, sa);
			}
			if (set[a] != set[b]) {
				return Integer.compare(set[a], set[b]);
			}
			return Integer.compare(a, b);
		});
		return new Order(Arrays.stream(boxed).mapToInt(Integer::intValue).toArray());
	}

	/** Host {@code i} of the sequence: the cluster's hosts, then copies of the last one. */
	Host host(int i) {
		return i < hosts.length ? hosts[i] : hosts[hosts.length - 1];
	}
}
