package org.ddc.analysis.placement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.ddc.analysis.placement.Survival.Coverage;
import org.ddc.analysis.placement.Survival.Failover;
import org.ddc.analysis.placement.Survival.Failure;
import org.ddc.analysis.placement.Survival.Move;
import org.ddc.analysis.placement.Survival.Status;

/**
 * The N+k check of a layout by re-placement. A scenario marks hosts as failed, takes their VMs off and places them
 * again, largest first, by first fit on the hosts that are up, with every rule of the first placement (capacity,
 * anti-affinity, isolation); VMs on the other hosts do not move. The layout is restored afterwards.
 */
final class SurvivalCheck {
	private final Layout layout;
	private final int reserve;
	/** Stop at the first scenario that fails and record nothing (the search for hosts needed). */
	private final boolean quick;
	private final List<Failure> failures = new ArrayList<>();
	private final List<Failover> failovers = new ArrayList<>();
	private long scenarios;
	private long failedScenarios;
	/** Hosts without VMs (the same in every scenario: each restores the layout). */
	private final int[] empty;

	private SurvivalCheck(Layout layout, int reserve, boolean quick) {
		this.layout = layout;
		this.reserve = reserve;
		this.quick = quick;
		empty = IntStream.range(0, layout.size).filter(h -> layout.useCount[h] == 0).toArray();
	}

	/** The full verdict, with every failing single failure, the first failing combination and the failover plans. */
	static Survival verdict(Layout layout, int reserve) {
		return new SurvivalCheck(layout, reserve, false).run();
	}

	/** Whether the layout survives, stopping at the first failure. */
	static boolean holds(Layout layout, int reserve) {
		return new SurvivalCheck(layout, reserve, true).run().holds();
	}

	private Survival run() {
		int n = layout.size;
		if (reserve == 0) {
			return new Survival(Status.NOT_REQUIRED, Coverage.NONE, 0, 0, 0, List.of(), List.of());
		}
		if (reserve >= n) {
			int[] all = new int[n];
			Arrays.setAll(all, i -> i);
			fail(all, false);
			return finish(Coverage.EXHAUSTIVE);
		}
		if (quick && reserveProof()) {
			// the proof covers single failures too (first fit finds room at the latest on an empty host)
			return finish(Coverage.RESERVE_HOSTS);
		}
		for (int h = 0; h < n; h++) {
			if (!fail(new int[] { h }, !quick) && quick) {
				return finish(Coverage.EXHAUSTIVE);
			}
		}
		if (reserve == 1) {
			return finish(Coverage.EXHAUSTIVE);
		}
		if (reserveProof()) {
			return finish(Coverage.RESERVE_HOSTS);
		}
		if (combinations(n, reserve) <= PlacementEngine.MAX_COMBINATIONS) {
			int[] combination = new int[reserve];
			Arrays.setAll(combination, i -> i);
			do {
				if (!fail(combination.clone(), false)) {
					break;
				}
			} while (next(combination, n));
			return finish(Coverage.EXHAUSTIVE);
		}
		fail(mostLoaded(), false);
		return finish(Coverage.WORST_CASE);
	}

	private Survival finish(Coverage coverage) {
		return new Survival(failedScenarios > 0 ? Status.FAILS : Status.HOLDS, coverage, reserve, scenarios,
				failedScenarios, failures, failovers);
	}

	/**
	 * One scenario: the given hosts fail and their VMs are placed again, first by first fit (largest first); if
	 * that leaves a VM without a host, by moving each failed host's VMs as a whole to an empty host of their own
	 * (see {@link #wholesale}). Records a {@link Failure} when neither works, and the failover plan when asked.
	 *
	 * @return whether every VM of the failed hosts restarted
	 */
	private boolean fail(int[] down, boolean recordPlan) {
		scenarios++;
		Instance in = layout.in;
		int count = 0;
		for (int h : down) {
			count += layout.useCount[h];
		}
		int[] ranks = new int[count];
		int i = 0;
		for (int h : down) {
			for (int j = 0; j < layout.useCount[h]; j++) {
				ranks[i++] = layout.order.rank()[layout.vmsOn[h][j]];
			}
		}
		Arrays.sort(ranks);
		int[] vms = new int[count];
		int[] from = new int[count];
		for (i = 0; i < count; i++) {
			vms[i] = layout.order.vms()[ranks[i]];
			from[i] = layout.hostOf[vms[i]];
		}
		for (int h : down) {
			layout.setDown(h, true);
		}
		for (i = 0; i < count; i++) {
			layout.remove(vms[i]);
		}
		int[] to = new int[count];
		int notRestarted = 0;
		int first = -1;
		Limit limit = null;
		boolean detail = !quick && failures.size() < Survival.MAX_FAILURES;
		for (i = 0; i < count; i++) {
			int v = vms[i];
			int t = layout.firstFit(v, 0);
			to[i] = t;
			if (t >= 0) {
				layout.place(v, t);
			} else {
				if (first < 0) {
					first = v;
					limit = detail ? layout.reason(v) : null;
				}
				notRestarted++;
				if (quick) {
					break;
				}
			}
		}
		for (i = 0; i < count; i++) {
			if (layout.hostOf[vms[i]] >= 0) {
				layout.remove(vms[i]);
			}
		}
		for (int h : down) {
			layout.setDown(h, false);
		}
		for (i = 0; i < count; i++) {
			layout.place(vms[i], from[i]);
		}
		int[] wholesale = first >= 0 ? wholesale(down) : null;
		if (wholesale != null) {
			for (i = 0; i < count; i++) {
				to[i] = wholesale[indexOf(down, from[i])];
			}
			first = -1;
		}
		if (first >= 0) {
			failedScenarios++;
			if (detail) {
				List<String> ids = new ArrayList<>();
				for (int h : down) {
					ids.add(in.host(h).id());
				}
				failures.add(new Failure(ids, in.cluster.vms().get(first), limit, notRestarted));
			}
			return false;
		}
		if (recordPlan) {
			List<Move> moves = new ArrayList<>(count);
			for (i = 0; i < count; i++) {
				moves.add(new Move(in.cluster.vms().get(vms[i]), in.host(to[i]).id()));
			}
			failovers.add(new Failover(in.host(down[0]).id(), moves));
		}
		return true;
	}

	private static int indexOf(int[] values, int value) {
		int i = 0;
		while (values[i] != value) {
			i++;
		}
		return i;
	}

	/**
	 * For each failed host, an empty host that is up and can take its whole load, each empty host used once; or
	 * null when there is no such assignment (failed hosts by load, largest first, each given the first empty host
	 * that takes it). Anti-affinity and isolation hold: a host ran at most one member of a set, and an empty host
	 * runs nothing else.
	 */
	private int[] wholesale(int[] down) {
		if (empty.length == 0) {
			return null;
		}
		Integer[] byLoad = new Integer[down.length];
		Arrays.setAll(byLoad, i -> i);
		Arrays.sort(byLoad, (a, b) -> {
			int c = Double.compare(layout.useMemory[down[b]], layout.useMemory[down[a]]);
			return c != 0 ? c : Integer.compare(a, b);
		});
		boolean[] taken = new boolean[layout.size];
		for (int h : down) {
			taken[h] = true;
		}
		int[] target = new int[down.length];
		for (int i : byLoad) {
			int h = down[i];
			target[i] = -1;
			if (layout.useCount[h] == 0) {
				continue;
			}
			for (int j = 0; j < empty.length && target[i] < 0; j++) {
				int e = empty[j];
				if (!taken[e] && takes(e, h)) {
					taken[e] = true;
					target[i] = e;
				}
			}
			if (target[i] < 0) {
				return null;
			}
		}
		return target;
	}

	/** Whether empty host e can take the whole load of host h. */
	private boolean takes(int e, int h) {
		return layout.useMemory[h] <= PlacementEngine.allowance(layout.capMemory[e])
				&& layout.useCpu[h] <= PlacementEngine.allowance(layout.capCpu[e])
				&& layout.useCount[h] <= layout.capCount[e] && layout.useVp[h] <= layout.capVp[e];
	}

	/**
	 * At least k hosts are empty and each can take the whole load of any loaded host: then any k failures are
	 * absorbed, each failed loaded host's VMs moving to an empty host of their own (anti-affinity holds because a
	 * failed host ran at most one member of a set and empty hosts run none; isolation because the host is empty).
	 */
	private boolean reserveProof() {
		double memory = 0;
		double cpu = 0;
		int count = 0;
		int vp = 0;
		for (int h = 0; h < layout.size; h++) {
			memory = Math.max(memory, layout.useMemory[h]);
			cpu = Math.max(cpu, layout.useCpu[h]);
			count = Math.max(count, layout.useCount[h]);
			vp = Math.max(vp, layout.useVp[h]);
		}
		int spare = 0;
		for (int h = 0; h < layout.size; h++) {
			if (layout.useCount[h] == 0 && memory <= PlacementEngine.allowance(layout.capMemory[h])
					&& cpu <= PlacementEngine.allowance(layout.capCpu[h]) && count <= layout.capCount[h]
					&& vp <= layout.capVp[h]) {
				spare++;
			}
		}
		return spare >= reserve;
	}

	/** The k hosts with the most memory in use (then CPU, then host order). */
	private int[] mostLoaded() {
		Integer[] hosts = new Integer[layout.size];
		Arrays.setAll(hosts, i -> i);
		Arrays.sort(hosts, (a, b) -> {
			int c = Double.compare(layout.useMemory[b], layout.useMemory[a]);
			if (c == 0) {
				c = Double.compare(layout.useCpu[b], layout.useCpu[a]);
			}
			return c != 0 ? c : Integer.compare(a, b);
		});
		int[] failed = new int[reserve];
		for (int i = 0; i < reserve; i++) {
			failed[i] = hosts[i];
		}
		Arrays.sort(failed);
		return failed;
	}

	/** n choose k, saturating at Long.MAX_VALUE. */
	static long combinations(int n, int k) {
		long c = 1;
		for (int i = 1; i <= k; i++) {
			long next = c * (n - k + i);
			if (next / (n - k + i) != c) {
				return Long.MAX_VALUE;
			}
			c = next / i;
		}
		return c;
	}

	/** The next k-combination of 0..n-1 in lexicographic order; false after the last. */
	private static boolean next(int[] c, int n) {
		int k = c.length;
		int i = k - 1;
		while (i >= 0 && c[i] == n - k + i) {
			i--;
		}
		if (i < 0) {
			return false;
		}
		c[i]++;
		for (int j = i + 1; j < k; j++) {
			c[j] = c[j - 1] + 1;
		}
		return true;
	}
}
