package org.ddc.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.ddc.dsl.load.LoadedDesign;
import org.ddc.dsl.validation.RuleIssue;
import org.ddc.dsl.validation.RuleRunner;
import org.ddc.rules.RuleEngine;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;

/**
 * The editor cancels a whole-design pass when the user types again: the planning-guide rules stop between two rules
 * (the per-file checks of the new keystroke then wait for one rule at most) and a cancelled run leaves nothing
 * behind that a later run would mistake for the design's findings.
 */
class RuleCancellationTest {
	private static final Path BROKEN = Path.of("../../examples/broken/broken.ddc");

	@Test
	void aCancelledRunStopsBetweenRulesAndCachesNothing() throws Exception {
		LoadedDesign design = DdcTestSupport.load(Files.readString(BROKEN));
		RuleRunner runner = DdcTestSupport.injector().getInstance(RuleRunner.class);
		AtomicInteger asked = new AtomicInteger();
		CancelIndicator cancelAfterFive = () -> asked.incrementAndGet() > 5;

		Throwable thrown = null;
		try {
			runner.run(design.resourceSet(), cancelAfterFive);
		} catch (Throwable t) {
			thrown = t;
		}
		assertTrue(thrown != null && thrown.getClass().getSimpleName().startsWith("OperationCanceled"),
				"a cancelled run ends as Xtext's cancellation, which the editor and the validator expect: " + thrown);
		assertEquals(6, asked.get(), "asked before each rule, stopped at the sixth");

		List<RuleIssue> after = runner.run(design.resourceSet());
		LoadedDesign fresh = DdcTestSupport.load(Files.readString(BROKEN));
		List<RuleIssue> reference = runner.run(fresh.resourceSet());
		assertFalse(reference.isEmpty(), "the broken example has rule findings");
		assertEquals(describe(reference), describe(after), "the run after a cancel reports every finding");
		assertTrue(RuleEngine.standard().rules().size() > 6, "the cancel came before the last rule");
	}

	private static List<String> describe(List<RuleIssue> issues) {
		return issues.stream().map(i -> i.finding().ruleId() + " " + i.severity() + " " + i.finding().message())
				.toList();
	}
}
