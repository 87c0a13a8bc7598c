package org.ddc.analysis.placement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

import org.ddc.analysis.placement.ClusterPlan.Bound;
import org.ddc.analysis.placement.ClusterPlan.HostLoad;
import org.ddc.analysis.placement.ClusterPlan.VmPlacement;

/**
 * Places the VMs of a host cluster on its hosts, checks that the cluster survives k host failures (N+k) by placing
 * the failed hosts' VMs again, and finds how many hosts it needs. Independent of the ddc model: the caller maps
 * workloads, host designs and clusters onto {@link Cluster}, {@link Host} and {@link Vm}. Deterministic: the same
 * input gives the same output (orders are by size and input position; no hash order, no randomness, no clock).
 *
 * <h2>Rules</h2> A VM may run on a host when the host's memory, CPU (when every host's CPU capacity is known),
 * running-VM count and virtual processors stay within its limits (sums may exceed a capacity by the relative
 * {@link #TOLERANCE}, for rounding), no other member of its anti-affinity set runs there, and every VM there is of
 * its isolation domain (VMs without a domain count as one domain of their own).
 *
 * <h2>Lower bound</h2> Over the VMs that fit some host at all: the smallest n such that the first n hosts of the
 * sequence (the cluster's hosts, then copies of the last) together have at least the memory, CPU, VM count and
 * virtual processors demanded — for identical hosts, max over the resources of ⌈demand / capacity per host⌉ —, at
 * least the largest anti-affinity set, and at least the sum over isolation domains of what each needs alone
 * (⌈its demand / the largest host⌉, its largest set). With the reserve: the same after taking away the k largest
 * hosts, i.e. n + k for identical hosts. Sound for mixed hosts too: no placement that survives k failures uses
 * fewer hosts of the sequence.
 *
 * <h2>Placement</h2>
 * <ol>
 * <li>Two orders: largest first in the resource the cluster needs most hosts' worth of (see below), and the same
 * with every anti-affinity member before every single VM (members need distinct hosts; placed last they find room
 * only on the last hosts).</li>
 * <li>First fit: each VM goes to the first host it fits (a segment tree over free memory and CPU finds it in
 * O(log hosts)), preferring among the first 64 such hosts one that keeps the host's free CPU and memory in the
 * cluster's proportion, so that no host runs out of one with much of the other left.</li>
 * <li>Repair (a short improvement phase): a VM left over takes the place of a VM on a host where that makes it
 * fit, when that VM fits another host at once or is smaller (then it is placed again in turn: ejection chains
 * towards the smallest VMs); a bounded number of steps. Clusters of up to 32 VMs that
 * still have a VM left over get a bounded exhaustive search.</li>
 * <li>Fewest hosts: first fit in both orders onto as many hosts as needed gives an upper bound; a binary search
 * between the lower bound and it packs each candidate count (both orders, repair, exhaustive search for small
 * clusters). The fewest hosts are used, the hosts after them stay empty.</li>
 * </ol>
 * The largest-first order is by one resource only (memory, unless CPU or virtual processors are needed more): VMs
 * heavy in another resource then mix into every host. Ordering by a VM's largest share of any resource put the
 * CPU-heavy VMs together on the first hosts, which ran out of CPU with memory left. On the cluster's own hosts the
 * engine reports the fewest-hosts packing when it fits them; otherwise first fit and repair onto all of them, and
 * each VM left over with the reason it fits no host ({@link Limit}). The load per host is that of a packing that
 * proves the VMs fit and survive, not a forecast of a balanced running cluster: the reserve hosts are empty.
 *
 * <h2>N+k survival</h2> k hosts of reserve per host cluster: when any k hosts fail at once, every VM they ran must
 * restart on the hosts that are left, within capacity, anti-affinity and isolation, while the other VMs stay where
 * they are. Checked by re-placement on the reported placement (see {@link Survival}): every single host failure;
 * then, for k ≥ 2, a proof when at least k hosts are empty and each can take the whole load of any host (any k
 * failures: each failed host's VMs move to an empty host of their own); otherwise every combination of k hosts when
 * there are at most {@link #MAX_COMBINATIONS}; beyond that only the k most loaded hosts failing together — a
 * worst-case estimate, not a proof, said so in {@link Survival#coverage()}. A scenario re-places the failed hosts'
 * VMs by first fit, largest first, and if that leaves one over, by moving each failed host's VMs as a whole to an
 * empty host of its own. A verdict that a scenario fails means these two found no restart; a cleverer re-placement
 * might. k = 0 (unclustered hosts) checks nothing.
 *
 * <h2>Hosts needed</h2> The smallest n (first n hosts of the sequence) for which the engine places every VM and the
 * placement survives k failures: from the larger of the lower bound and the fewest hosts for placement upward, each
 * candidate the fewest-hosts packing plus empty hosts, checked as above but stopping at the first failing scenario;
 * one count at a time up to k beyond the packing, then doubling steps and a binary search. For identical hosts this
 * is the fewest hosts for placement plus k (the empty-host proof), and equals the lower bound whenever the packing
 * does. Planning the cluster again with that many hosts (the same sequence: its first hosts, then copies of the
 * last) places every VM and survives.
 */
public final class PlacementEngine {
	/** Combinations of k failed hosts that are enumerated at most; C(64, 2) = 2,016 is, C(64, 3) = 41,664 is not. */
	public static final long MAX_COMBINATIONS = 10_000;
	/** Relative tolerance of capacity checks: a sum may exceed a capacity by this fraction of it (rounding). */
	public static final double TOLERANCE = 1e-9;

	private PlacementEngine() {
	}

	/** A capacity with the tolerance added. */
	static double allowance(double capacity) {
		return capacity + capacity * TOLERANCE;
	}

	/** Plans each cluster on its own (clusters share no hosts). */
	public static List<ClusterPlan> plan(List<Cluster> clusters) {
		List<ClusterPlan> plans = new ArrayList<>(clusters.size());
		for (Cluster cluster : clusters) {
			plans.add(plan(cluster));
		}
		return plans;
	}

	/** Places the cluster's VMs, checks N+k survival and finds the hosts needed. */
	public static ClusterPlan plan(Cluster cluster) {
		Instance in = new Instance(cluster);
		int given = in.hosts.length;
		int reserve = cluster.reserve();
		Limit[] never = new Limit[in.vmCount];
		boolean[] possible = new boolean[in.vmCount];
		int possibleCount = 0;
		List<Host> types = hostTypes(in);
		for (int v = 0; v < in.vmCount; v++) {
			never[v] = neverFits(in, v, types);
			possible[v] = never[v] == null;
			possibleCount += possible[v] ? 1 : 0;
		}
		int maxHosts = given + possibleCount + reserve + 1;
		Bound bound = LowerBound.of(in, possible, reserve, maxHosts);
		Layout packed = given == 0 ? null : Packer.fewestHosts(in, possible, bound.hostsBeforeReserve(), maxHosts);
		OptionalInt needed = OptionalInt.empty();
		if (packed != null && possibleCount == in.vmCount) {
			needed = hostsNeeded(packed, reserve, bound.hosts(), maxHosts + reserve);
		}
		Layout layout;
		if (packed != null && packed.size <= given) {
			layout = packed.resized(given);
		} else {
			layout = Packer.bestEffort(in, given, possible);
		}
		Survival survival = SurvivalCheck.verdict(layout, reserve);
		return new ClusterPlan(cluster.id(), placements(layout, never), loads(layout), bound, needed, in.cpuChecked,
				survival);
	}

	/** The distinct capacities among the cluster's hosts, in order of appearance. */
	private static List<Host> hostTypes(Instance in) {
		Set<Host> types = new LinkedHashSet<>();
		for (Host host : in.hosts) {
			types.add(host.withId(""));
		}
		return new ArrayList<>(types);
	}

	/** Null when VM v fits an empty host of some type; otherwise why it fits none. */
	private static Limit neverFits(Instance in, int v, List<Host> types) {
		if (types.isEmpty()) {
			return Limit.NO_HOST;
		}
		boolean memory = false;
		boolean cpu = false;
		boolean count = false;
		boolean vp = false;
		Host roomiest = types.get(0);
		for (Host t : types) {
			boolean m = in.memory[v] <= allowance(t.memoryMb());
			boolean c = !in.cpuChecked || in.cpu[v] <= allowance(t.cpuPercent());
			boolean n = t.maxVms() >= 1;
			boolean p = in.vcpus[v] <= t.maxVirtualProcessors();
			if (m && c && n && p) {
				return null;
			}
			memory |= m;
			cpu |= c;
			count |= n;
			vp |= p;
			roomiest = t.memoryMb() > roomiest.memoryMb() ? t : roomiest;
		}
		if (!memory) {
			return Limit.MEMORY;
		}
		if (!cpu) {
			return Limit.CPU;
		}
		if (!count) {
			return Limit.VM_COUNT;
		}
		if (!vp) {
			return Limit.VIRTUAL_PROCESSORS;
		}
		// each resource suffices on some type, but not together: what the roomiest type lacks
		if (in.cpuChecked && in.cpu[v] > allowance(roomiest.cpuPercent())) {
			return Limit.CPU;
		}
		return roomiest.maxVms() < 1 ? Limit.VM_COUNT : Limit.VIRTUAL_PROCESSORS;
	}

	/**
	 * The smallest host count from {@code lowerBound} on whose packing (the fewest-hosts packing plus empty hosts)
	 * survives: one count at a time up to k beyond the packing, then doubling steps and a binary search.
	 */
	private static OptionalInt hostsNeeded(Layout packed, int reserve, int lowerBound, int limit) {
		int start = Math.max(lowerBound, packed.size);
		int linearEnd = Math.min(limit, packed.size + reserve);
		for (int n = start; n <= linearEnd; n++) {
			if (SurvivalCheck.holds(packed.resized(n), reserve)) {
				return OptionalInt.of(n);
			}
		}
		int failedAt = Math.max(start - 1, linearEnd);
		int step = 1;
		int n;
		while (true) {
			n = failedAt + step;
			if (n > limit) {
				return OptionalInt.empty();
			}
			if (SurvivalCheck.holds(packed.resized(n), reserve)) {
				break;
			}
			failedAt = n;
			step *= 2;
		}
		int lo = failedAt + 1;
		int hi = n;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (SurvivalCheck.holds(packed.resized(mid), reserve)) {
				hi = mid;
			} else {
				lo = mid + 1;
			}
		}
		return OptionalInt.of(hi);
	}

	private static List<VmPlacement> placements(Layout layout, Limit[] never) {
		Instance in = layout.in;
		List<VmPlacement> placements = new ArrayList<>(in.vmCount);
		for (int v = 0; v < in.vmCount; v++) {
			Vm vm = in.cluster.vms().get(v);
			int h = layout.hostOf[v];
			if (h >= 0) {
				placements.add(new VmPlacement(vm, in.host(h).id(), null));
			} else {
				placements.add(new VmPlacement(vm, null, never[v] != null ? never[v] : layout.reason(v)));
			}
		}
		return placements;
	}

	private static List<HostLoad> loads(Layout layout) {
		Instance in = layout.in;
		double[] memory = new double[layout.size];
		double[] cpu = new double[layout.size];
		int[] count = new int[layout.size];
		int[] vp = new int[layout.size];
		for (int v = 0; v < in.vmCount; v++) {
			int h = layout.hostOf[v];
			if (h >= 0) {
				Vm vm = in.cluster.vms().get(v);
				memory[h] += vm.memoryMb();
				cpu[h] += vm.cpuPercent();
				count[h]++;
				vp[h] += vm.vcpus();
			}
		}
		List<HostLoad> loads = new ArrayList<>(layout.size);
		for (int h = 0; h < layout.size; h++) {
			loads.add(new HostLoad(in.hosts[h], memory[h], cpu[h], count[h], vp[h]));
		}
		return loads;
	}
}
