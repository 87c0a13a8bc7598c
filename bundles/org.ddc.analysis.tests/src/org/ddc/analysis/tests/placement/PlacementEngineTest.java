package org.ddc.analysis.tests.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.ddc.analysis.placement.Cluster;
import org.ddc.analysis.placement.ClusterPlan;
import org.ddc.analysis.placement.ClusterPlan.Bound;
import org.ddc.analysis.placement.ClusterPlan.VmPlacement;
import org.ddc.analysis.placement.Host;
import org.ddc.analysis.placement.Limit;
import org.ddc.analysis.placement.PlacementEngine;
import org.ddc.analysis.placement.Survival;
import org.ddc.analysis.placement.Survival.Coverage;
import org.ddc.analysis.placement.Survival.Failover;
import org.ddc.analysis.placement.Survival.Failure;
import org.ddc.analysis.placement.Survival.Move;
import org.ddc.analysis.placement.Survival.Status;
import org.ddc.analysis.placement.Vm;
import org.junit.jupiter.api.Test;

/** Small clusters whose placement, bound, hosts needed and N+k verdict are worked out by hand in the comments. */
class PlacementEngineTest {
	private static final double GB = 1024;

	static List<Host> hosts(int count, double memoryGb, double cpu, int maxVms, int maxVp) {
		List<Host> hosts = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			hosts.add(new Host("H" + i, memoryGb * GB, cpu, maxVms, maxVp));
		}
		return hosts;
	}

	static List<Host> hosts(int count, double memoryGb) {
		return hosts(count, memoryGb, Double.NaN, Host.UNLIMITED, Host.UNLIMITED);
	}

	static Vm vm(String id, double memoryGb) {
		return new Vm(id, memoryGb * GB, 0, 1);
	}

	static Vm vm(String id, double memoryGb, String set, String domain) {
		return new Vm(id, memoryGb * GB, 0, 1, set, domain);
	}

	static ClusterPlan plan(List<Host> hosts, int reserve, Vm... vms) {
		return PlacementEngine.plan(new Cluster("C", hosts, reserve, List.of(vms)));
	}

	static String hostOf(ClusterPlan plan, String vm) {
		return plan.placements().stream().filter(p -> p.vm().id().equals(vm)).findFirst().orElseThrow().host();
	}

	@Test
	void memoryIsNotPooled_threeVmsOf80GbDoNotFitTwoHostsOf132Gb() {
		// 3 × 80 = 240 GB < 2 × 132 = 264 GB, but a host holds one 80 GB VM (2 × 80 = 160 > 132): the bound says
		// 2 hosts, placement needs 3
		ClusterPlan plan = plan(hosts(2, 132), 0, vm("A", 80), vm("B", 80), vm("C", 80));
		assertEquals("H1", hostOf(plan, "A"));
		assertEquals("H2", hostOf(plan, "B"));
		VmPlacement c = plan.placements().get(2);
		assertFalse(c.placed());
		assertEquals(Limit.MEMORY, c.reason());
		assertEquals(new Bound(2, 2, Limit.MEMORY), plan.bound());
		assertEquals(OptionalInt.of(3), plan.hostsNeeded());
		assertEquals(Status.NOT_REQUIRED, plan.survival().status());
		assertEquals(80 * GB, plan.hostLoads().get(0).memoryMb());
		assertEquals(1, plan.hostLoads().get(1).vms());
	}

	@Test
	void antiAffinitySetOfThreeOnTwoHosts_thirdMemberFailsNamingTheSet() {
		ClusterPlan plan = plan(hosts(2, 100), 0, vm("web1", 4, "web", null), vm("web2", 4, "web", null),
				vm("web3", 4, "web", null));
		List<VmPlacement> unplaced = plan.unplaced();
		assertEquals(1, unplaced.size());
		assertEquals("web3", unplaced.get(0).vm().id());
		assertEquals("web", unplaced.get(0).vm().antiAffinitySet());
		assertEquals(Limit.ANTI_AFFINITY, unplaced.get(0).reason());
		// 12 GB would fit one host; the set of 3 needs 3 hosts, and 4 to survive one failure
		assertEquals(new Bound(3, 3, Limit.ANTI_AFFINITY), plan.bound());
		assertEquals(OptionalInt.of(3), plan.hostsNeeded());
		ClusterPlan withReserve = plan(hosts(2, 100), 1, vm("web1", 4, "web", null), vm("web2", 4, "web", null),
				vm("web3", 4, "web", null));
		assertEquals(new Bound(4, 3, Limit.ANTI_AFFINITY), withReserve.bound());
		assertEquals(OptionalInt.of(4), withReserve.hostsNeeded());
	}

	/** Six 40 GB VMs and two 20 GB VMs (280 GB) on 100 GB hosts with N+1. */
	private static Vm[] nPlusOneVms() {
		return new Vm[] { vm("A", 40), vm("B", 40), vm("C", 40), vm("D", 40), vm("E", 40), vm("F", 40), vm("G", 20),
				vm("H", 20) };
	}

	@Test
	void nPlusOneOnFourHosts_workedByHand() {
		// Largest first, first fit: A, B → H1 (80); C, D → H2; E, F → H3; G → H1 (100); H → H2 (100). H4 stays
		// empty. Bound: ⌈280 / 100⌉ = 3, plus 1 for the reserve = 4.
		ClusterPlan plan = plan(hosts(4, 100), 1, nPlusOneVms());
		assertTrue(plan.allPlaced());
		List<String> where = plan.placements().stream().map(VmPlacement::host).toList();
		assertEquals(List.of("H1", "H1", "H2", "H2", "H3", "H3", "H1", "H2"), where);
		assertEquals(new Bound(4, 3, Limit.MEMORY), plan.bound());
		assertEquals(OptionalInt.of(4), plan.hostsNeeded());
		assertFalse(plan.cpuChecked());
		// H1 fails: A and B do not fit H2 (100) or H3 (80 + 40 > 100) and go to H4; G (20) fits H3 (80 + 20).
		// H2 fails: the same with C, D and H. H3 fails: E and F go to H4. H4 fails: nothing moves.
		Survival survival = plan.survival();
		assertEquals(Status.HOLDS, survival.status());
		assertEquals(Coverage.EXHAUSTIVE, survival.coverage());
		assertEquals(4, survival.scenarios());
		assertEquals(List.of(), survival.failures());
		List<Failover> failovers = survival.failovers();
		assertEquals(List.of("H4", "H4", "H3"), targets(failovers.get(0)));
		assertEquals(List.of("A", "B", "G"), vms(failovers.get(0)));
		assertEquals(List.of("C", "D", "H"), vms(failovers.get(1)));
		assertEquals(List.of("H4", "H4", "H3"), targets(failovers.get(1)));
		assertEquals(List.of("E", "F"), vms(failovers.get(2)));
		assertEquals(List.of("H4", "H4"), targets(failovers.get(2)));
		assertEquals(List.of(), failovers.get(3).moves());
	}

	@Test
	void nPlusOneOnThreeHosts_placesEverythingButNoFailureIsAbsorbed() {
		// Same packing on H1–H3. H1 fails: A and B find no host with 40 GB free (H2 full, H3 has 20 GB), G goes
		// to H3: two VMs not restarted. Likewise H2 (C, D) and H3 (E, F; H1 and H2 are full).
		ClusterPlan plan = plan(hosts(3, 100), 1, nPlusOneVms());
		assertTrue(plan.allPlaced());
		Survival survival = plan.survival();
		assertEquals(Status.FAILS, survival.status());
		assertEquals(3, survival.failedScenarios());
		assertEquals(List.of(new Failure(List.of("H1"), vm("A", 40), Limit.MEMORY, 2),
				new Failure(List.of("H2"), vm("C", 40), Limit.MEMORY, 2),
				new Failure(List.of("H3"), vm("E", 40), Limit.MEMORY, 2)), survival.failures());
		assertEquals(OptionalInt.of(4), plan.hostsNeeded());
	}

	@Test
	void isolationDomainsNeverShareAHost() {
		// 4 × 10 GB would fit one 100 GB host, but two domains need two hosts
		ClusterPlan plan = plan(hosts(1, 100), 0, vm("p1", 10, null, "pci"), vm("p2", 10, null, "pci"),
				vm("o1", 10), vm("o2", 10));
		assertEquals("H1", hostOf(plan, "p1"));
		assertEquals("H1", hostOf(plan, "p2"));
		assertEquals(Limit.ISOLATION, plan.placements().get(2).reason());
		assertEquals(Limit.ISOLATION, plan.placements().get(3).reason());
		assertEquals(new Bound(2, 2, Limit.ISOLATION), plan.bound());
		assertEquals(OptionalInt.of(2), plan.hostsNeeded());
	}

	@Test
	void vmCountAndVirtualProcessorLimits() {
		ClusterPlan count = plan(hosts(1, 100, 100, 2, Host.UNLIMITED), 0, vm("a", 1), vm("b", 1), vm("c", 1));
		assertEquals(Limit.VM_COUNT, count.placements().get(2).reason());
		assertEquals(new Bound(2, 2, Limit.VM_COUNT), count.bound());
		ClusterPlan vp = PlacementEngine.plan(new Cluster("C", hosts(1, 100, 100, 10, 8), 0,
				List.of(new Vm("a", GB, 1, 4), new Vm("b", GB, 1, 4), new Vm("c", GB, 1, 1))));
		assertEquals(Limit.VIRTUAL_PROCESSORS, vp.placements().get(2).reason());
		assertEquals(new Bound(2, 2, Limit.VIRTUAL_PROCESSORS), vp.bound());
	}

	@Test
	void cpuIsCheckedOnlyWhenEveryHostKnowsIt() {
		List<Vm> vms = List.of(new Vm("a", GB, 80, 1), new Vm("b", GB, 80, 1));
		ClusterPlan known = PlacementEngine.plan(new Cluster("C", hosts(2, 100, 100, 10, 10), 0, vms));
		assertTrue(known.cpuChecked());
		assertEquals(List.of("H1", "H2"), known.placements().stream().map(VmPlacement::host).toList());
		assertEquals(new Bound(2, 2, Limit.CPU), known.bound());
		List<Host> mixed = List.of(new Host("H1", 100 * GB, 100, 10, 10), new Host("H2", 100 * GB, Double.NaN, 10, 10));
		ClusterPlan unknown = PlacementEngine.plan(new Cluster("C", mixed, 0, vms));
		assertFalse(unknown.cpuChecked());
		assertEquals(List.of("H1", "H1"), unknown.placements().stream().map(VmPlacement::host).toList());
		assertEquals(160.0, unknown.hostLoads().get(0).cpuPercent());
	}

	@Test
	void aVmLargerThanEveryHost_noHostCountHelps() {
		ClusterPlan plan = plan(hosts(2, 100), 1, vm("big", 120), vm("small", 10));
		assertEquals(Limit.MEMORY, plan.placements().get(0).reason());
		assertEquals("H1", plan.placements().get(1).host());
		assertEquals(OptionalInt.empty(), plan.hostsNeeded());
		assertEquals(new Bound(2, 1, Limit.MEMORY), plan.bound());
	}

	@Test
	void noHosts_everyVmHasNoHost() {
		ClusterPlan plan = plan(List.of(), 1, vm("a", 1));
		assertEquals(Limit.NO_HOST, plan.placements().get(0).reason());
		assertEquals(OptionalInt.empty(), plan.hostsNeeded());
	}

	@Test
	void noVms_needNoHosts() {
		ClusterPlan plan = plan(hosts(3, 100), 1);
		assertEquals(new Bound(0, 0, null), plan.bound());
		assertEquals(OptionalInt.of(0), plan.hostsNeeded());
		assertEquals(Status.HOLDS, plan.survival().status());
	}

	@Test
	void reserveAsLargeAsTheCluster_nothingSurvives() {
		ClusterPlan plan = plan(hosts(2, 100), 2, vm("a", 10));
		Survival survival = plan.survival();
		assertEquals(Status.FAILS, survival.status());
		assertEquals(List.of(new Failure(List.of("H1", "H2"), vm("a", 10), Limit.NO_HOST, 1)), survival.failures());
		assertEquals(OptionalInt.of(3), plan.hostsNeeded());
	}

	@Test
	void nPlusTwo_combinationsEnumerated_whenEmptyHostsCannotTakeAHostsLoad() {
		// Both 25 GB VMs on H1 (50 GB). H2 (100 GB) is the only empty host that can take 50 GB, so the empty-host
		// proof does not apply; the C(4, 2) = 6 pairs are re-placed: {H1, H2} → one VM each on H3 and H4 (30 GB);
		// {H1, H3} and {H1, H4} → both on H2; the pairs without H1 move nothing.
		List<Host> hosts = List.of(new Host("H1", 100 * GB, Double.NaN, 9, 99),
				new Host("H2", 100 * GB, Double.NaN, 9, 99), new Host("H3", 30 * GB, Double.NaN, 9, 99),
				new Host("H4", 30 * GB, Double.NaN, 9, 99));
		ClusterPlan plan = plan(hosts, 2, vm("a", 25), vm("b", 25));
		assertEquals(List.of("H1", "H1"), plan.placements().stream().map(VmPlacement::host).toList());
		Survival survival = plan.survival();
		assertEquals(Status.HOLDS, survival.status());
		assertEquals(Coverage.EXHAUSTIVE, survival.coverage());
		assertEquals(4 + 6, survival.scenarios());
		assertEquals(List.of("H2", "H2"), targets(survival.failovers().get(0)));
	}

	@Test
	void nPlusTwo_failsOnVmCount_whenTwoLoadedHostsFail() {
		// At most 2 VMs per host: 6 VMs on H1–H3, H4 empty. One empty host is not k = 2, so the 6 pairs are
		// re-placed; {H1, H2}: 4 VMs, 2 slots on H4, H3 full → the third VM restarts nowhere.
		ClusterPlan plan = plan(hosts(4, 100, Double.NaN, 2, Host.UNLIMITED), 2, vm("a", 10), vm("b", 10),
				vm("c", 10), vm("d", 10), vm("e", 10), vm("f", 10));
		Survival survival = plan.survival();
		assertEquals(Status.FAILS, survival.status());
		assertEquals(Coverage.EXHAUSTIVE, survival.coverage());
		assertEquals(List.of(new Failure(List.of("H1", "H2"), vm("c", 10), Limit.VM_COUNT, 2)), survival.failures());
		assertEquals(OptionalInt.of(5), plan.hostsNeeded());
	}

	@Test
	void nPlusThreeOn64Hosts_provedByEmptyHosts_notEnumerated() {
		// 120 VMs of 20 GB, five per 100 GB host: 24 hosts loaded, 40 empty; C(64, 3) = 41,664 combinations
		Vm[] vms = new Vm[120];
		for (int i = 0; i < vms.length; i++) {
			vms[i] = vm("v" + i, 20);
		}
		ClusterPlan plan = plan(hosts(64, 100), 3, vms);
		Survival survival = plan.survival();
		assertEquals(Status.HOLDS, survival.status());
		assertEquals(Coverage.RESERVE_HOSTS, survival.coverage());
		assertEquals(64, survival.scenarios());
		assertEquals(new Bound(27, 24, Limit.MEMORY), plan.bound());
		assertEquals(OptionalInt.of(27), plan.hostsNeeded());
	}

	@Test
	void nPlusThreeOn64Hosts_beyondTheEnumerationBound_onlyTheWorstCaseIsChecked() {
		// an anti-affinity set of 64 puts one member on each host: no empty host, and no failed member can restart
		Vm[] vms = new Vm[64];
		for (int i = 0; i < vms.length; i++) {
			vms[i] = vm(String.format("m%02d", i), 10, "all", null);
		}
		ClusterPlan plan = plan(hosts(64, 100), 3, vms);
		Survival survival = plan.survival();
		assertEquals(Status.FAILS, survival.status());
		assertEquals(Coverage.WORST_CASE, survival.coverage());
		assertEquals(64 + 1, survival.scenarios());
		assertEquals(65, survival.failedScenarios());
		assertEquals(65, survival.failures().size());
		// all hosts carry 10 GB: the worst case is the first three in host order
		assertEquals(new Failure(List.of("H1", "H2", "H3"), vms[0], Limit.ANTI_AFFINITY, 3),
				survival.failures().get(64));
		assertEquals(OptionalInt.of(67), plan.hostsNeeded());
	}

	@Test
	void mixedHosts_boundTakesAwayTheLargestHostsForTheReserve() {
		// Sequence 200, 100, 100, ... GB. Placement: 200 < 250 ≤ 300 → 2 hosts. With one failure the largest
		// (200) is gone: 2 hosts leave 100, 3 leave 200, 4 leave 300 ≥ 250 → 4.
		List<Host> hosts = List.of(new Host("big", 200 * GB, Double.NaN, 99, 99),
				new Host("small", 100 * GB, Double.NaN, 99, 99));
		ClusterPlan plan = plan(hosts, 1, vm("a", 50), vm("b", 50), vm("c", 50), vm("d", 50), vm("e", 50));
		assertEquals(new Bound(4, 2, Limit.MEMORY), plan.bound());
		assertEquals(OptionalInt.of(4), plan.hostsNeeded());
		assertTrue(plan.allPlaced());
		assertEquals(Status.FAILS, plan.survival().status());
	}

	@Test
	void sameInput_sameOutput() {
		ClusterPlan first = plan(hosts(5, 100), 1, nPlusOneVms());
		ClusterPlan second = plan(hosts(5, 100), 1, nPlusOneVms());
		assertEquals(first, second);
	}

	@Test
	void invalidInput_isRejected() {
		assertThrows(IllegalArgumentException.class, () -> new Vm("a", -1, 0, 1));
		assertThrows(IllegalArgumentException.class, () -> new Vm("a", 1, Double.NaN, 1));
		assertThrows(IllegalArgumentException.class, () -> new Host("h", Double.NaN, 1, 1, 1));
		assertThrows(IllegalArgumentException.class,
				() -> new Cluster("C", List.of(), 0, List.of(vm("a", 1), vm("a", 2))));
		assertThrows(IllegalArgumentException.class, () -> new Cluster("C", hosts(1, 1), -1, List.of()));
	}

	private static List<String> targets(Failover failover) {
		return failover.moves().stream().map(Move::host).toList();
	}

	private static List<String> vms(Failover failover) {
		return failover.moves().stream().map(m -> m.vm().id()).toList();
	}
}
