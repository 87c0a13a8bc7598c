package org.ddc.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.ddc.cli.fuzz.FuzzCommand;
import org.ddc.cli.fuzz.FuzzTarget;
import org.ddc.cli.fuzz.Fuzzer;
import org.ddc.cli.fuzz.MutationEngine;
import org.junit.jupiter.api.Test;

/** A bounded, seeded fuzzing run: mutated examples and generated designs never make ddc throw or hang. */
class FuzzTest {
	private static final int INPUTS = 200;
	private static final long GENEROUS_NANOS = TimeUnit.SECONDS.toNanos(10);

	@Test
	void mutatedDesigns_neverThrow_andEachValidatesWithinTenSeconds() throws Exception {
		MutationEngine engine = new MutationEngine(FuzzCommand.seeds(Cli.EXAMPLES, 1), 1);
		AtomicInteger count = new AtomicInteger();
		List<String> failures = new ArrayList<>();
		Fuzzer.Report report = new Fuzzer(engine, new FuzzTarget()).run(() -> count.getAndIncrement() < INPUTS,
				run -> failures.add(run.index() + ": " + run.outcome().failure()));
		assertEquals(INPUTS, report.inputs());
		assertEquals(List.of(), failures);
		Fuzzer.Run slowest = report.slowest().get(0);
		assertTrue(slowest.outcome().nanos() < GENEROUS_NANOS, "input " + slowest.index() + " took "
				+ slowest.outcome().nanos() / 1_000_000 + " ms");
	}

	@Test
	void theTargetReportsWhatIsThrown_soTheFuzzerCanFindIt() {
		FuzzTarget.Outcome outcome = new FuzzTarget().run(null);
		assertTrue(outcome.failed());
	}
}
