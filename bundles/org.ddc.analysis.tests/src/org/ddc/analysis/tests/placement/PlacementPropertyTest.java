package org.ddc.analysis.tests.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.ddc.analysis.placement.Cluster;
import org.ddc.analysis.placement.ClusterPlan;
import org.ddc.analysis.placement.Host;
import org.ddc.analysis.placement.PlacementEngine;
import org.ddc.analysis.placement.Survival.Coverage;
import org.ddc.analysis.placement.Survival.Status;
import org.ddc.analysis.placement.Vm;
import org.junit.jupiter.api.Test;

/**
 * The engine against the independent {@link Checker} on 400 seeded random clusters (0–7 hosts, identical or mixed,
 * CPU sometimes unknown, 0–16 VMs with anti-affinity sets and isolation domains, k from 0 to 3).
 */
class PlacementPropertyTest {
	private static final int CASES = 400;
	private static final int SEARCH_BUDGET = 200_000;
	private static final double GB = 1024;

	static Cluster random(long seed) {
		Random random = new Random(seed);
		int hostCount = random.nextInt(8);
		boolean mixed = random.nextInt(3) == 0;
		boolean cpuUnknown = random.nextInt(8) == 0;
		Host template = host(random, "H1", cpuUnknown);
		List<Host> hosts = new ArrayList<>();
		for (int i = 1; i <= hostCount; i++) {
			hosts.add(mixed ? host(random, "H" + i, cpuUnknown && random.nextBoolean()) : template.withId("H" + i));
		}
		List<Vm> vms = new ArrayList<>();
		int vmCount = random.nextInt(17);
		for (int i = 1; i <= vmCount; i++) {
			double memory = (1 + random.nextInt(48)) * GB + (random.nextInt(4) == 0 ? 0.5 : 0);
			double cpu = random.nextInt(120) + random.nextDouble();
			int vcpus = random.nextInt(9);
			String set = random.nextInt(10) < 3 ? "S" + random.nextInt(3) : null;
			String domain = random.nextInt(10) < 2 ? "D" + random.nextInt(2) : null;
			vms.add(new Vm("v" + i, memory, cpu, vcpus, set, domain));
		}
		int reserve = new int[] { 0, 1, 1, 2, 3 }[random.nextInt(5)];
		return new Cluster("seed" + seed, hosts, reserve, vms);
	}

	private static Host host(Random random, String id, boolean cpuUnknown) {
		int[] memory = { 32, 48, 64, 96, 128 };
		int[] cpu = { 100, 200, 400 };
		int[] vms = { 2, 3, 4, 6, Host.UNLIMITED };
		int[] vp = { 4, 8, 16, Host.UNLIMITED };
		return new Host(id, memory[random.nextInt(memory.length)] * GB,
				cpuUnknown ? Double.NaN : cpu[random.nextInt(cpu.length)], vms[random.nextInt(vms.length)],
				vp[random.nextInt(vp.length)]);
	}

	/** The cluster with exactly {@code count} hosts: the first of its list, then copies of the last. */
	static Cluster withHosts(Cluster cluster, int count) {
		List<Host> hosts = new ArrayList<>(cluster.hosts().subList(0, Math.min(count, cluster.hosts().size())));
		Host last = cluster.hosts().get(cluster.hosts().size() - 1);
		for (int i = hosts.size(); i < count; i++) {
			hosts.add(last.withId("copy" + i));
		}
		return new Cluster(cluster.id(), hosts, cluster.reserve(), cluster.vms());
	}

	@Test
	void randomClusters_matchTheIndependentChecker() {
		int holds = 0;
		int fails = 0;
		int unplaced = 0;
		int combinations = 0;
		int replanned = 0;
		int boundsChecked = 0;
		for (long seed = 1; seed <= CASES; seed++) {
			Cluster cluster = random(seed);
			ClusterPlan plan = PlacementEngine.plan(cluster);
			String at = "seed " + seed + ": " + cluster;
			Checker checker = new Checker(cluster);
			assertEquals(List.of(), checker.problems(plan), at);
			assertEquals(plan, PlacementEngine.plan(cluster), "not deterministic: " + at);
			unplaced += plan.allPlaced() ? 0 : 1;

			// every combination of k failures is absorbed when the verdict claims it
			int n = cluster.hosts().size();
			int k = cluster.reserve();
			if (plan.survival().status() == Status.HOLDS) {
				holds++;
				if (k >= 2 && k < n && plan.survival().coverage() != Coverage.WORST_CASE) {
					Map<String, List<Vm>> on = Checker.assignment(cluster, plan);
					for (Set<String> failed : combinations(cluster.hosts(), k)) {
						Boolean restartable = checker.restartable(on, failed, SEARCH_BUDGET);
						assertEquals(Boolean.TRUE, restartable, at + " after failure of " + failed);
						combinations++;
					}
				}
			} else if (plan.survival().status() == Status.FAILS) {
				fails++;
			}

			// "set quantity X" really works: with X hosts everything is placed and survives
			if (plan.hostsNeeded().isPresent()) {
				int needed = plan.hostsNeeded().getAsInt();
				if (needed <= n) {
					assertTrue(plan.allPlaced() && plan.survival().holds(), at + " needs " + needed);
				}
				if (needed > n || !mixed(cluster)) {
					Cluster resized = withHosts(cluster, needed);
					ClusterPlan again = PlacementEngine.plan(resized);
					assertEquals(List.of(), new Checker(resized).problems(again), at);
					assertTrue(again.allPlaced() && again.survival().holds(), at + " with " + needed + " hosts");
					replanned++;
				}
			} else if (!mixed(cluster)) {
				// identical hosts: only a VM that fits no host even alone, or no host at all, leaves no count
				assertTrue(n == 0 || cluster.vms().stream().anyMatch(vm -> !checker.allowed(cluster.hosts().get(0),
						List.of(vm))), at);
			}

			// the bound is never above the true fewest hosts for placement
			if (cluster.vms().size() <= 9) {
				Integer fewest = checker.fewestHosts(SEARCH_BUDGET);
				if (fewest != null && fewest >= 0) {
					assertTrue(plan.bound().hostsBeforeReserve() <= fewest, at + ": bound " + plan.bound()
							+ ", but " + fewest + " hosts take every VM");
					boundsChecked++;
				}
			}
		}
		// the sample exercises each part (guards against a generator that makes every case trivial)
		assertTrue(holds > 100 && fails > 30 && unplaced > 30, holds + " hold, " + fails + " fail, " + unplaced
				+ " with VMs left over");
		assertTrue(combinations > 100 && replanned > 100 && boundsChecked > 100,
				combinations + " combinations, " + replanned + " re-planned, " + boundsChecked + " bounds");
	}

	/** Whether the hosts differ in capacity. */
	private static boolean mixed(Cluster cluster) {
		return cluster.hosts().stream().map(h -> h.withId("")).distinct().count() > 1;
	}

	/** Every set of k host ids, in host order. */
	static List<Set<String>> combinations(List<Host> hosts, int k) {
		List<Set<String>> result = new ArrayList<>();
		collect(hosts, k, 0, new ArrayList<>(), result);
		return result;
	}

	private static void collect(List<Host> hosts, int k, int from, List<String> chosen, List<Set<String>> result) {
		if (chosen.size() == k) {
			result.add(new HashSet<>(chosen));
			return;
		}
		for (int i = from; i < hosts.size(); i++) {
			chosen.add(hosts.get(i).id());
			collect(hosts, k, i + 1, chosen, result);
			chosen.remove(chosen.size() - 1);
		}
	}
}
