package org.ddc.analysis.placement;

import java.util.List;

/**
 * The N+k verdict for one placement: when any k hosts of the cluster fail at once, can every VM they ran restart on
 * the other hosts within memory, CPU, VM count and virtual processors, keeping anti-affinity and isolation? VMs on
 * hosts that did not fail stay where they are.
 *
 * @param status          the verdict
 * @param coverage        how much of the failure space it rests on
 * @param reserve         k
 * @param scenarios       failure scenarios re-placed (single failures, then combinations of k)
 * @param failedScenarios how many of them were not absorbed
 * @param failures        the first {@value #MAX_FAILURES} of those, in order: each host whose single failure is
 *                        not absorbed, in host order; then the first combination of k hosts that is not
 * @param failovers       for each host whose single failure is absorbed, in host order, where its VMs restart (a
 *                        host without VMs has an empty plan); when the verdict holds, one per host
 */
public record Survival(Status status, Coverage coverage, int reserve, long scenarios, long failedScenarios,
		List<Failure> failures, List<Failover> failovers) {

	/** Failures listed at most (a cluster far too small fails in every scenario). */
	public static final int MAX_FAILURES = 100;

	public Survival {
		failures = List.copyOf(failures);
		failovers = List.copyOf(failovers);
	}

	/** The verdict. */
	public enum Status {
		/** Every failure scenario covered was absorbed. */
		HOLDS,
		/** A scenario was not: see {@link Survival#failures()}. */
		FAILS,
		/** k = 0: nothing was checked (unclustered hosts; the caller decides what that means). */
		NOT_REQUIRED
	}

	/** What the verdict rests on. */
	public enum Coverage {
		/** k = 0. */
		NONE,
		/**
		 * Every single failure was re-placed, and for k ≥ 2 every combination of k hosts (there were at most
		 * {@link PlacementEngine#MAX_COMBINATIONS} and the empty-host proof did not apply).
		 */
		EXHAUSTIVE,
		/**
		 * Every single failure was re-placed; for k ≥ 2, at least k hosts are empty and each can take the whole
		 * load of any loaded host, so any k failures are absorbed by moving each failed host's VMs to an empty host
		 * of its own. A proof for every combination, not an estimate.
		 */
		RESERVE_HOSTS,
		/**
		 * Every single failure was re-placed; for k ≥ 2 the empty-host proof did not apply and the combinations were
		 * more than {@link PlacementEngine#MAX_COMBINATIONS}, so only the k most loaded hosts (by memory in use)
		 * failing together was re-placed. A worst-case estimate: {@link Status#HOLDS} here is not a proof.
		 */
		WORST_CASE
	}

	/**
	 * A failure scenario that was not absorbed.
	 *
	 * @param failedHosts     the hosts that failed
	 * @param vm              the first VM (largest first) that found no host to restart on
	 * @param limit           what stopped it on every surviving host
	 * @param vmsNotRestarted how many of the failed hosts' VMs found no host
	 */
	public record Failure(List<String> failedHosts, Vm vm, Limit limit, int vmsNotRestarted) {
		public Failure {
			failedHosts = List.copyOf(failedHosts);
		}
	}

	/** Where the VMs of one failed host restart. */
	public record Failover(String failedHost, List<Move> moves) {
		public Failover {
			moves = List.copyOf(moves);
		}
	}

	/** One VM restarting on another host. */
	public record Move(Vm vm, String host) {
	}

	/** True when the verdict is {@link Status#HOLDS} or {@link Status#NOT_REQUIRED}. */
	public boolean holds() {
		return status != Status.FAILS;
	}
}
