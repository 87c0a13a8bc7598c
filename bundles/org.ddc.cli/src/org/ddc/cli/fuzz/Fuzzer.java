package org.ddc.cli.fuzz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.BooleanSupplier;

/**
 * Runs mutated inputs through the {@link FuzzTarget} until told to stop, and keeps what a reviewer needs: how many
 * inputs ran, every failure with its input, and the slowest inputs.
 */
public final class Fuzzer {
	/** How many of the slowest inputs are kept. */
	public static final int SLOWEST_KEPT = 5;
	/** How many failures are kept in the report (all are passed to the listener). */
	public static final int FAILURES_KEPT = 100;

	/** One input and what happened to it. */
	public record Run(long index, byte[] input, FuzzTarget.Outcome outcome) {
	}

	/** The result of a fuzzing campaign. */
	public record Report(long inputs, long nanos, long failureCount, List<Run> failures, List<Run> slowest) {
		public double inputsPerSecond() {
			return nanos == 0 ? 0 : inputs * 1e9 / nanos;
		}
	}

	/** Receives each failure as soon as it happens (to save its input). */
	public interface FailureListener {
		void failed(Run run);
	}

	private final MutationEngine engine;
	private final FuzzTarget target;

	public Fuzzer(MutationEngine engine, FuzzTarget target) {
		this.engine = engine;
		this.target = target;
	}

	/** Runs inputs while {@code keepGoing} says so. */
	public Report run(BooleanSupplier keepGoing, FailureListener listener) {
		Comparator<Run> byTime = Comparator.comparingLong(run -> run.outcome().nanos());
		PriorityQueue<Run> slowest = new PriorityQueue<>(byTime);
		List<Run> failures = new ArrayList<>();
		long start = System.nanoTime();
		long index = 0;
		long failureCount = 0;
		while (keepGoing.getAsBoolean()) {
			byte[] input = engine.next();
			Run run = new Run(index++, input, target.run(input));
			if (run.outcome().failed()) {
				failureCount++;
				if (failures.size() < FAILURES_KEPT) {
					failures.add(run);
				}
				listener.failed(run);
			}
			slowest.add(run);
			if (slowest.size() > SLOWEST_KEPT) {
				slowest.poll();
			}
		}
		List<Run> slowestFirst = new ArrayList<>(slowest);
		slowestFirst.sort(byTime.reversed());
		return new Report(index, System.nanoTime() - start, failureCount, failures, slowestFirst);
	}
}
