package org.ddc.analysis.tests.placement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.ddc.analysis.placement.Cluster;
import org.ddc.analysis.placement.ClusterPlan;
import org.ddc.analysis.placement.ClusterPlan.HostLoad;
import org.ddc.analysis.placement.ClusterPlan.VmPlacement;
import org.ddc.analysis.placement.Host;
import org.ddc.analysis.placement.PlacementEngine;
import org.ddc.analysis.placement.Survival;
import org.ddc.analysis.placement.Survival.Failover;
import org.ddc.analysis.placement.Survival.Failure;
import org.ddc.analysis.placement.Survival.Move;
import org.ddc.analysis.placement.Vm;

/**
 * A checker of placement results written apart from the engine, on the public records only: plain sums per host,
 * pairwise rule checks, and an exhaustive search (backtracking) for restarts after failures.
 */
final class Checker {
	private final Cluster cluster;
	private final boolean cpuKnown;
	private final List<String> problems = new ArrayList<>();

	Checker(Cluster cluster) {
		this.cluster = cluster;
		cpuKnown = cluster.hosts().stream().noneMatch(h -> Double.isNaN(h.cpuPercent()));
	}

	private static boolean within(double sum, double capacity) {
		return sum <= capacity + capacity * PlacementEngine.TOLERANCE;
	}

	/** Whether the VMs may all run on the host together: capacity, anti-affinity, isolation. */
	boolean allowed(Host host, List<Vm> vms) {
		double memory = 0;
		double cpu = 0;
		long vcpus = 0;
		for (Vm vm : vms) {
			memory += vm.memoryMb();
			cpu += vm.cpuPercent();
			vcpus += vm.vcpus();
		}
		if (!within(memory, host.memoryMb()) || (cpuKnown && !within(cpu, host.cpuPercent()))
				|| vms.size() > host.maxVms() || vcpus > host.maxVirtualProcessors()) {
			return false;
		}
		for (int i = 0; i < vms.size(); i++) {
			for (int j = i + 1; j < vms.size(); j++) {
				Vm a = vms.get(i);
				Vm b = vms.get(j);
				if (a.antiAffinitySet() != null && a.antiAffinitySet().equals(b.antiAffinitySet())) {
					return false;
				}
				if (!Objects.equals(a.isolationDomain(), b.isolationDomain())) {
					return false;
				}
			}
		}
		return true;
	}

	/** Everything wrong with the plan; empty when it is valid. */
	List<String> problems(ClusterPlan plan) {
		List<Host> hosts = cluster.hosts();
		Map<String, Host> hostById = new HashMap<>();
		for (Host host : hosts) {
			hostById.put(host.id(), host);
		}
		if (plan.placements().size() != cluster.vms().size()) {
			problems.add("placements: " + plan.placements().size() + " for " + cluster.vms().size() + " VMs");
			return problems;
		}
		if (plan.cpuChecked() != cpuKnown) {
			problems.add("cpuChecked " + plan.cpuChecked());
		}
		Map<String, List<Vm>> on = new HashMap<>();
		for (Host host : hosts) {
			on.put(host.id(), new ArrayList<>());
		}
		for (int i = 0; i < cluster.vms().size(); i++) {
			VmPlacement p = plan.placements().get(i);
			if (!p.vm().equals(cluster.vms().get(i))) {
				problems.add("placement " + i + " is for " + p.vm().id());
			} else if (p.host() != null) {
				if (!hostById.containsKey(p.host()) || p.reason() != null) {
					problems.add(p.vm().id() + " on unknown host " + p.host() + " or with a reason");
				} else {
					on.get(p.host()).add(p.vm());
				}
			} else if (p.reason() == null) {
				problems.add(p.vm().id() + " has neither host nor reason");
			}
		}
		for (int h = 0; h < hosts.size(); h++) {
			Host host = hosts.get(h);
			List<Vm> vms = on.get(host.id());
			if (!allowed(host, vms)) {
				problems.add("host " + host.id() + " breaks a rule: " + vms);
			}
			HostLoad load = plan.hostLoads().get(h);
			double memory = vms.stream().mapToDouble(Vm::memoryMb).sum();
			double cpu = vms.stream().mapToDouble(Vm::cpuPercent).sum();
			int vcpus = vms.stream().mapToInt(Vm::vcpus).sum();
			if (!load.host().equals(host) || Math.abs(load.memoryMb() - memory) > 1e-6 * (1 + memory)
					|| Math.abs(load.cpuPercent() - cpu) > 1e-6 * (1 + cpu) || load.vms() != vms.size()
					|| load.virtualProcessors() != vcpus) {
				problems.add("load of " + host.id() + ": " + load);
			}
		}
		if (plan.bound().hostsBeforeReserve() > plan.bound().hosts()) {
			problems.add("bound " + plan.bound());
		}
		if (plan.hostsNeeded().isPresent() && plan.hostsNeeded().getAsInt() < plan.bound().hosts()) {
			problems.add("hosts needed " + plan.hostsNeeded() + " below the bound " + plan.bound());
		}
		checkSurvival(plan.survival(), on);
		return problems;
	}

	private void checkSurvival(Survival survival, Map<String, List<Vm>> on) {
		int k = cluster.reserve();
		if (k == 0) {
			if (survival.status() != Survival.Status.NOT_REQUIRED) {
				problems.add("k = 0 but " + survival.status());
			}
			return;
		}
		for (Failure failure : survival.failures()) {
			boolean ran = failure.failedHosts().stream().anyMatch(h -> on.get(h).contains(failure.vm()));
			if (!ran || failure.limit() == null || failure.vmsNotRestarted() < 1) {
				problems.add("failure " + failure);
			}
		}
		if (survival.status() == Survival.Status.FAILS) {
			if (survival.failures().isEmpty()) {
				problems.add("fails without a failure");
			}
			return;
		}
		if (!survival.failures().isEmpty() || survival.status() != Survival.Status.HOLDS) {
			problems.add("holds with failures, or " + survival.status());
		}
		if (k >= cluster.hosts().size() && on.values().stream().anyMatch(l -> !l.isEmpty())) {
			problems.add("holds although all hosts may fail");
			return;
		}
		// every single failure: the engine's plan moves exactly the failed host's VMs, to other hosts, validly
		List<Host> hosts = cluster.hosts();
		if (survival.failovers().size() != hosts.size()) {
			problems.add("failovers: " + survival.failovers().size());
			return;
		}
		for (int h = 0; h < hosts.size(); h++) {
			Failover failover = survival.failovers().get(h);
			String failed = hosts.get(h).id();
			Set<Vm> moved = new HashSet<>();
			Map<String, List<Vm>> after = new HashMap<>();
			for (Host host : hosts) {
				after.put(host.id(), new ArrayList<>(on.get(host.id())));
			}
			after.get(failed).clear();
			for (Move move : failover.moves()) {
				moved.add(move.vm());
				if (move.host().equals(failed) || !after.containsKey(move.host())) {
					problems.add("failover of " + failed + " moves " + move.vm().id() + " to " + move.host());
					return;
				}
				after.get(move.host()).add(move.vm());
			}
			if (!failover.failedHost().equals(failed) || !moved.equals(new HashSet<>(on.get(failed)))
					|| failover.moves().size() != on.get(failed).size()) {
				problems.add("failover of " + failed + " does not move exactly its VMs");
			}
			for (Host host : hosts) {
				if (!allowed(host, after.get(host.id()))) {
					problems.add("failover of " + failed + " breaks a rule on " + host.id());
				}
			}
		}
	}

	/**
	 * Whether the VMs of the failed hosts can restart on the others, every other VM staying where it is: an
	 * exhaustive search, largest VM first. Null when it needed more than {@code budget} steps.
	 */
	Boolean restartable(Map<String, List<Vm>> on, Set<String> failed, int budget) {
		List<Host> survivors = new ArrayList<>();
		List<List<Vm>> loads = new ArrayList<>();
		List<Vm> homeless = new ArrayList<>();
		for (Host host : cluster.hosts()) {
			if (failed.contains(host.id())) {
				homeless.addAll(on.get(host.id()));
			} else {
				survivors.add(host);
				loads.add(new ArrayList<>(on.get(host.id())));
			}
		}
		homeless.sort((a, b) -> Double.compare(b.memoryMb(), a.memoryMb()));
		int[] steps = { budget };
		return search(survivors, loads, homeless, 0, steps);
	}

	private Boolean search(List<Host> hosts, List<List<Vm>> loads, List<Vm> vms, int next, int[] steps) {
		if (next == vms.size()) {
			return true;
		}
		if (--steps[0] < 0) {
			return null;
		}
		Vm vm = vms.get(next);
		Set<List<Object>> triedEmpty = new HashSet<>();
		for (int h = 0; h < hosts.size(); h++) {
			Host host = hosts.get(h);
			List<Vm> load = loads.get(h);
			// empty hosts of equal capacity are interchangeable
			if (load.isEmpty() && !triedEmpty.add(List.of(host.memoryMb(), host.cpuPercent(), host.maxVms(),
					host.maxVirtualProcessors()))) {
				continue;
			}
			load.add(vm);
			Boolean found = allowed(host, load) ? search(hosts, loads, vms, next + 1, steps) : Boolean.FALSE;
			load.remove(load.size() - 1);
			if (found == null || found) {
				return found;
			}
		}
		return false;
	}

	/** Hosts of the plan by id, with their VMs. */
	static Map<String, List<Vm>> assignment(Cluster cluster, ClusterPlan plan) {
		Map<String, List<Vm>> on = new HashMap<>();
		for (Host host : cluster.hosts()) {
			on.put(host.id(), new ArrayList<>());
		}
		for (VmPlacement p : plan.placements()) {
			if (p.host() != null) {
				on.get(p.host()).add(p.vm());
			}
		}
		return on;
	}

	/**
	 * The fewest hosts (first of the list) that take all the VMs, found exhaustively; -1 when even all do not, null
	 * when the search needed more than {@code budget} steps.
	 */
	Integer fewestHosts(int budget) {
		for (int n = 0; n <= cluster.hosts().size(); n++) {
			List<Host> hosts = cluster.hosts().subList(0, n);
			List<List<Vm>> loads = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				loads.add(new ArrayList<>());
			}
			List<Vm> vms = new ArrayList<>(cluster.vms());
			vms.sort((a, b) -> Double.compare(b.memoryMb(), a.memoryMb()));
			Boolean fits = search(hosts, loads, vms, 0, new int[] { budget });
			if (fits == null) {
				return null;
			}
			if (fits) {
				return n;
			}
		}
		return -1;
	}
}
