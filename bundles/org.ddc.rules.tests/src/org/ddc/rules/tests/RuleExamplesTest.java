package org.ddc.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.ddc.dsl.validation.Finding;
import org.ddc.rules.Rule;
import org.ddc.rules.Rules;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every implemented rule: its firing example (the one shown in docs/rules.md) produces a finding of that rule
 * with a message and a precise location, and the repaired example produces none.
 */
class RuleExamplesTest {

	static Stream<Arguments> rules() {
		return Rules.all().stream().map(rule -> Arguments.of(rule.id(), rule));
	}

	@ParameterizedTest(name = "{0} fires on its firing example")
	@MethodSource("rules")
	void firingExample_reportsTheRule(String id, Rule rule) {
		List<Finding> findings = Designs.validate(rule.firingExample());
		assertEquals(List.of(), Designs.languageErrors(findings), "the example is not a valid design");
		List<Finding> own = Designs.of(id, findings);
		assertFalse(own.isEmpty(), id + " did not fire on its example; findings:" + Designs.describe(findings));
		for (Finding finding : own) {
			assertTrue(finding.message().length() > 20, "message too short to say how to fix: " + finding.message());
			assertTrue(finding.line() >= 1 && finding.column() >= 1, finding::format);
		}
	}

	@ParameterizedTest(name = "{0} is silent on its passing example")
	@MethodSource("rules")
	void passingExample_doesNotReportTheRule(String id, Rule rule) {
		List<Finding> findings = Designs.validate(rule.passingExample());
		assertEquals(List.of(), Designs.languageErrors(findings), "the example is not a valid design");
		assertEquals(List.of(), Designs.of(id, findings), id + " fired on its passing example");
	}
}
