package org.ddc.analysis.placement;

import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Packing onto a fixed number of hosts: first fit in one of the instance's orders, then a repair phase of ejection
 * chains for the VMs left over, and for small clusters an exhaustive search; and the search for the fewest hosts
 * that take every VM.
 */
final class Packer {
	/** Clusters with at most this many VMs get an exhaustive search when the heuristic leaves a VM over. */
	static final int EXHAUSTIVE_VMS = 32;
	/** Steps of that search, at most. */
	private static final int EXHAUSTIVE_STEPS = 50_000;
	/** Hosts examined per ejection step, at most (all of them on a cluster up to this size). */
	private static final int EJECTION_HOSTS = 256;

	private Packer() {
	}

	/** First fit in the given order of the VMs marked possible onto the first {@code size} hosts. */
	static Layout greedy(Instance in, Instance.Order order, int size, boolean[] possible) {
		Layout layout = new Layout(in, order, size);
		for (int v : order.vms()) {
			if (possible[v]) {
				int h = layout.balancedFit(v);
				if (h >= 0) {
					layout.place(v, h);
				}
			}
		}
		return layout;
	}

	/**
	 * The repair phase: each VM left over (largest first) goes to the first host it fits; when there is none, it
	 * takes the place of a VM on a host where that makes it fit — a VM that fits another host at once (moved
	 * there), or else a smaller one, which joins the queue. An ejected VM that does not move at once is smaller than
	 * the one that ejected it, so the chains move room towards the smallest VMs. The steps are bounded (64 plus 16
	 * per VM left over, for at most 256 of them: it mends a packing that is nearly right), so the phase always ends.
	 *
	 * @param giveUpEarly stop at the first VM that can be neither placed nor swapped in (the search only needs to
	 *                    know whether everything fits)
	 * @return whether every possible VM is placed
	 */
	static boolean repair(Layout layout, boolean[] possible, boolean giveUpEarly) {
		Instance in = layout.in;
		int[] rank = layout.order.rank();
		PriorityQueue<Integer> queue = new PriorityQueue<>((a, b) -> Integer.compare(rank[a], rank[b]));
		for (int v : layout.order.vms()) {
			if (possible[v] && layout.hostOf[v] < 0) {
				queue.add(v);
			}
		}
		int steps = 64 + 16 * Math.min(queue.size(), 256);
		boolean complete = true;
		while (!queue.isEmpty()) {
			int v = queue.poll();
			int h = layout.firstFit(v, 0);
			if (h >= 0) {
				layout.place(v, h);
				continue;
			}
			long ejection = steps-- > 0 ? ejection(layout, v, steps) : -1;
			if (ejection < 0) {
				complete = false;
				if (giveUpEarly) {
					return false;
				}
				continue;
			}
			int host = (int) (ejection >>> 32);
			int victim = (int) ejection;
			layout.remove(victim);
			layout.place(v, host);
			int t = layout.firstFit(victim, 0);
			if (t >= 0) {
				layout.place(victim, t);
			} else {
				queue.add(victim);
			}
		}
		return complete;
	}

	/**
	 * A host and a VM on it whose removal lets v fit there, as (host << 32 | victim), or -1. The victim either fits
	 * another host at once (any size; preferred, the smallest such) or is smaller than v (later in the order; the
	 * smallest such), so that chains end.
	 */
	private static long ejection(Layout layout, int v, int step) {
		Instance in = layout.in;
		int[] rank = layout.order.rank();
		long best = -1;
		boolean bestRelocates = false;
		int bestRank = -1;
		int examined = 0;
		// on many hosts, each step looks at a different stretch of them
		int start = layout.size <= EJECTION_HOSTS ? 0 : (int) ((step * 7919L) % layout.size);
		for (int k = 0; k < layout.size && examined < EJECTION_HOSTS; k++) {
			int h = start + k < layout.size ? start + k : start + k - layout.size;
			if (layout.down[h] || layout.useCount[h] == 0 || layout.hostDomain[h] != in.domain[v]
					|| layout.setMemberOn(v, h)) {
				continue;
			}
			examined++;
			double needMemory = layout.useMemory[h] + in.memory[v] - PlacementEngine.allowance(layout.capMemory[h]);
			double needCpu = layout.useCpu[h] + in.cpu[v] - PlacementEngine.allowance(layout.capCpu[h]);
			long needVp = (long) layout.useVp[h] + in.vcpus[v] - layout.capVp[h];
			int[] row = layout.vmsOn[h];
			for (int i = 0; i < layout.useCount[h]; i++) {
				int u = row[i];
				if (in.memory[u] < needMemory || in.cpu[u] < needCpu || in.vcpus[u] < needVp
						|| (in.set[u] >= 0 && in.set[u] == in.set[v])) {
					continue;
				}
				boolean smaller = rank[u] > rank[v];
				if (bestRelocates && rank[u] <= bestRank) {
					continue;
				}
				boolean relocates = relocates(layout, u, h);
				if (!relocates && !smaller) {
					continue;
				}
				if (best < 0 || (relocates && !bestRelocates) || (relocates == bestRelocates && rank[u] > bestRank)) {
					best = ((long) h << 32) | u;
					bestRelocates = relocates;
					bestRank = rank[u];
				}
			}
		}
		return best;
	}

	/** Whether VM u, now on host h, fits some other host as things are. */
	private static boolean relocates(Layout layout, int u, int h) {
		int t = layout.firstFit(u, 0);
		if (t == h) {
			t = layout.firstFit(u, h + 1);
		}
		return t >= 0;
	}

	/**
	 * The fewest hosts (first of the sequence) that take every possible VM. First fit in each of the two orders
	 * (largest first; anti-affinity members first) onto as many hosts as needed, repaired when a VM found no host
	 * (mixed hosts: it may fit only hosts already taken by another isolation domain), gives an upper bound; then a
	 * binary search between the lower bound and it, each candidate packed by first fit and repair in the order that
	 * needed fewer hosts, then in the other one, then (small clusters) exhaustively. Returns the packing, or null
	 * when even {@code maxHosts} hosts do not take every possible VM.
	 */
	static Layout fewestHosts(Instance in, boolean[] possible, int lowerBound, int maxHosts) {
		Layout best = null;
		// first fit rarely needs twice the bound; when it does, it gets every host it may need
		int room = (int) Math.min(maxHosts, 2L * Math.max(lowerBound, in.hosts.length) + 16);
		for (Instance.Order order : List.of(in.setsFirst, in.bySize)) {
			Layout open = greedy(in, order, room, possible);
			int used = used(open, possible);
			if (used < 0 && room < maxHosts) {
				open = greedy(in, order, maxHosts, possible);
				used = used(open, possible);
			}
			if (used < 0 && repair(open, possible, false)) {
				used = used(open, possible);
			}
			if (used >= 0 && (best == null || used < best.size)) {
				best = open.resized(used);
			}
		}
		if (best == null) {
			// a small cluster whose first fit and repair left a VM over even on many hosts
			best = exhaustive(in, maxHosts, possible);
			if (best == null) {
				return null;
			}
			best = best.resized(used(best, possible));
		}
		Instance.Order first = best.order;
		Instance.Order second = first == in.setsFirst ? in.bySize : in.setsFirst;
		int lo = Math.max(0, Math.min(lowerBound, best.size));
		int hi = best.size;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			Layout candidate = greedy(in, first, mid, possible);
			if (!repair(candidate, possible, true)) {
				candidate = greedy(in, second, mid, possible);
				if (!repair(candidate, possible, true)) {
					candidate = exhaustive(in, mid, possible);
				}
			}
			if (candidate != null) {
				best = candidate;
				hi = mid;
			} else {
				lo = mid + 1;
			}
		}
		return best;
	}

	/**
	 * First fit and repair onto exactly {@code size} hosts in both orders, keeping the one that leaves fewer VMs
	 * without a host (the first on a tie); for a small cluster with a VM left over, the exhaustive search's packing
	 * when it finds one.
	 */
	static Layout bestEffort(Instance in, int size, boolean[] possible) {
		Layout best = null;
		int bestLeft = Integer.MAX_VALUE;
		for (Instance.Order order : List.of(in.setsFirst, in.bySize)) {
			Layout layout = greedy(in, order, size, possible);
			repair(layout, possible, false);
			int left = 0;
			for (int v = 0; v < in.vmCount; v++) {
				left += possible[v] && layout.hostOf[v] < 0 ? 1 : 0;
			}
			if (left < bestLeft) {
				best = layout;
				bestLeft = left;
			}
		}
		if (bestLeft > 0) {
			Layout exact = exhaustive(in, size, possible);
			best = exact != null ? exact : best;
		}
		return best;
	}

	/**
	 * For small clusters ({@value #EXHAUSTIVE_VMS} VMs at most): a depth-first search over all placements onto
	 * {@code size} hosts, largest VM first, trying one of several empty hosts of equal capacity only; null when
	 * there is none, the cluster is larger, or the search took more than {@value #EXHAUSTIVE_STEPS} steps. The
	 * heuristic can assign isolation domains to the wrong hosts of a mixed cluster, which repair does not undo.
	 */
	static Layout exhaustive(Instance in, int size, boolean[] possible) {
		if (in.vmCount > EXHAUSTIVE_VMS) {
			return null;
		}
		int[] vms = Arrays.stream(in.bySize.vms()).filter(v -> possible[v]).toArray();
		Layout layout = new Layout(in, in.bySize, size);
		int[] steps = { EXHAUSTIVE_STEPS };
		return search(layout, vms, 0, steps) ? layout : null;
	}

	private static boolean search(Layout layout, int[] vms, int next, int[] steps) {
		if (next == vms.length) {
			return true;
		}
		if (--steps[0] < 0) {
			return false;
		}
		int v = vms[next];
		for (int h = 0; h < layout.size; h++) {
			if (layout.useCount[h] == 0 && emptyTwin(layout, h) || !layout.fits(v, h)) {
				continue;
			}
			layout.place(v, h);
			if (search(layout, vms, next + 1, steps)) {
				return true;
			}
			layout.remove(v);
			if (steps[0] < 0) {
				return false;
			}
		}
		return false;
	}

	/** Whether an earlier host is empty too and has the same capacities (trying it was enough). */
	private static boolean emptyTwin(Layout layout, int h) {
		for (int e = 0; e < h; e++) {
			if (layout.useCount[e] == 0 && layout.capMemory[e] == layout.capMemory[h]
					&& layout.capCpu[e] == layout.capCpu[h] && layout.capCount[e] == layout.capCount[h]
					&& layout.capVp[e] == layout.capVp[h]) {
				return true;
			}
		}
		return false;
	}

	/** Hosts up to the last one used, or -1 when a possible VM has no host. */
	private static int used(Layout layout, boolean[] possible) {
		int used = 0;
		for (int v = 0; v < layout.in.vmCount; v++) {
			if (possible[v]) {
				if (layout.hostOf[v] < 0) {
					return -1;
				}
				used = Math.max(used, layout.hostOf[v] + 1);
			}
		}
		return used;
	}
}
