package org.ddc.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.ddc.dsl.validation.Finding;
import org.ddc.model.RuleLevel;
import org.ddc.rules.Severity;
import org.junit.jupiter.api.Test;

/** Severity overrides per design and per project, switching rules off, and inline suppressions. */
class RuleSettingsTest {
	private static final String LONELY_SWITCH = "switch SW-1 { ports 48 managed yes }\n";

	@Test
	void rule_reportsWithItsCatalogSeverity_byDefault() {
		List<Finding> findings = Designs.of("IPD-5-14", Designs.validate(LONELY_SWITCH));
		assertEquals(1, findings.size());
		assertEquals(Severity.ERROR, findings.get(0).severity());
		assertEquals(1, findings.get(0).line());
	}

	@Test
	void designRulesBlock_changesSeverity_orSwitchesTheRuleOff() {
		String warning = "design D { rules { IPD-5-14 warning } }\n" + LONELY_SWITCH;
		assertEquals(Severity.WARNING, Designs.of("IPD-5-14", Designs.validate(warning)).get(0).severity());
		String off = "design D { rules { IPD-5-14 off } }\n" + LONELY_SWITCH;
		assertEquals(List.of(), Designs.of("IPD-5-14", Designs.validate(off)));
	}

	@Test
	void projectSettings_apply_andTheDesignBlockOverridesThem() {
		Map<String, String> files = Map.of("d.ddc", LONELY_SWITCH);
		assertEquals(Severity.INFO, Designs.of("IPD-5-14", Designs.validate(files, Map.of("IPD-5-14", RuleLevel.INFO)))
				.get(0).severity());
		Map<String, String> withDesign = Map.of("d.ddc", "design D { rules { IPD-5-14 error } }\n" + LONELY_SWITCH);
		assertEquals(Severity.ERROR, Designs.of("IPD-5-14",
				Designs.validate(withDesign, Map.of("IPD-5-14", RuleLevel.OFF))).get(0).severity());
	}

	@Test
	void unknownRuleInDesignSettings_isAnError() {
		List<Finding> findings = Designs.validate("design D { rules { IPD-9-99 off } }\n");
		assertTrue(findings.stream().anyMatch(f -> f.code().equals("DDC-UNKNOWN-RULE") && f.line() == 1),
				Designs.describe(findings));
	}

	@Test
	void suppressionWithReason_silencesOneFinding_andIsCounted() {
		String text = "// suppress IPD-5-14: lab switch, a single switch is accepted here\n" + LONELY_SWITCH
				+ "switch SW-2 { ports 48 managed yes }\n";
		List<Finding> findings = Designs.validate(text);
		List<Finding> active = Designs.of("IPD-5-14", findings);
		assertEquals(1, active.size(), Designs.describe(findings));
		assertEquals(3, active.get(0).line());
		List<Finding> suppressed = findings.stream().filter(Finding::suppressed).toList();
		assertEquals(1, suppressed.size());
		assertEquals("lab switch, a single switch is accepted here", suppressed.get(0).suppression());
		assertEquals(2, suppressed.get(0).line());
	}

	@Test
	void suppressionWithoutReason_doesNotSuppress_andIsReported() {
		String text = LONELY_SWITCH.strip() + " // suppress IPD-5-14\n";
		List<Finding> findings = Designs.validate(text);
		assertEquals(1, Designs.of("IPD-5-14", findings).size());
		assertTrue(findings.stream().anyMatch(f -> f.code().equals("DDC-SUPPRESSION")), Designs.describe(findings));
	}
}
