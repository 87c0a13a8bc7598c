package org.ddc.dsl.tests;

import static org.ddc.dsl.tests.DdcTestSupport.injector;
import static org.ddc.dsl.tests.DdcTestSupport.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ddc.dsl.fix.QuickFix;
import org.ddc.dsl.fix.QuickFixes;
import org.ddc.dsl.validation.Finding;
import org.ddc.dsl.validation.IssueCodes;
import org.ddc.rules.Fix;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/**
 * The quick fixes offered for an issue, applied to the text: did-you-mean names, units that fit, suppressions
 * awaiting a reason. Expected texts are written out by hand.
 */
class QuickFixesTest {

	/** The quick fixes of the only issue with the code in the text. */
	static List<QuickFix> quickFixes(String text, String code) {
		XtextResource resource = (XtextResource) load(text).displayPaths().keySet().iterator().next();
		List<Issue> issues = injector().getInstance(IResourceValidator.class)
				.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream()
				.filter(issue -> code.equals(issue.getCode())).toList();
		assertEquals(1, issues.size(), () -> "expected one " + code + " issue but got " + issues);
		return injector().getInstance(QuickFixes.class).fixes(resource, issues.get(0));
	}

	static List<String> labels(List<QuickFix> fixes) {
		return fixes.stream().map(QuickFix::label).toList();
	}

	@Test
	void unresolvedName_isReplacedByTheClosestName() {
		String text = """
				switch SW-1 { ports 48 }
				subnet S { switches SW-2 }
				""";
		List<QuickFix> fixes = quickFixes(text, IssueCodes.UNRESOLVED);
		assertEquals(List.of("Change to 'SW-1'"), labels(fixes));
		assertEquals("""
				switch SW-1 { ports 48 }
				subnet S { switches SW-1 }
				""", fixes.get(0).applyTo(text));
	}

	@Test
	void unresolvedName_suggestionNeedingQuotesIsQuoted() {
		String text = """
				switch "Core 1" { ports 48 }
				subnet S { switches "Core 2" }
				""";
		assertEquals("""
				switch "Core 1" { ports 48 }
				subnet S { switches "Core 1" }
				""", quickFixes(text, IssueCodes.UNRESOLVED).get(0).applyTo(text));
	}

	@Test
	void unresolvedNameWithoutCloseName_hasNoFix() {
		assertEquals(List.of(), quickFixes("subnet S { switches NOTHING-LIKE-IT }\n", IssueCodes.UNRESOLVED));
	}

	@Test
	void unresolvedName_findingCarriesTheFixData() {
		List<Finding> findings = DdcTestSupport.findings("switch SW-1 { ports 48 }\nsubnet S { switches SW-2 }\n");
		Finding unresolved = DdcTestSupport.assertError(findings, IssueCodes.UNRESOLVED, 2, "SW-2");
		assertEquals(Fix.replace("SW-1", "Change to 'SW-1'"), unresolved.fix());
	}

	@Test
	void missingUnit_offersEveryUnitOfTheDimension_usualOneFirst() {
		String text = """
				workload W {
					memory 4
				}
				""";
		List<QuickFix> fixes = quickFixes(text, IssueCodes.UNIT);
		assertEquals(List.of("Add the unit GB", "Add the unit KB", "Add the unit MB", "Add the unit TB"), labels(fixes));
		assertEquals("""
				workload W {
					memory 4 GB
				}
				""", fixes.get(0).applyTo(text));
	}

	@Test
	void unitOfAnotherDimension_isReplaced_sameInitialFirst() {
		String text = "workload W { memory 4.5 GHz cpu 6 % }\n";
		List<QuickFix> fixes = quickFixes(text, IssueCodes.UNIT);
		assertEquals(List.of("Write GB", "Write KB", "Write MB", "Write TB"), labels(fixes));
		assertEquals("workload W { memory 4.5 GB cpu 6 % }\n", fixes.get(0).applyTo(text));
		assertEquals("workload W { memory 4.5 TB cpu 6 % }\n", fixes.get(3).applyTo(text));
	}

	@Test
	void unitInWrongCase_isCorrected() {
		String text = "workload W { memory 4 gb }\n";
		assertEquals("workload W { memory 4 GB }\n", quickFixes(text, IssueCodes.UNIT).get(0).applyTo(text));
	}

	@Test
	void percentage_hasItsOnlyUnit() {
		String text = "workload W { memory 4 GB cpu 6 }\n";
		List<QuickFix> fixes = quickFixes(text, IssueCodes.UNIT);
		assertEquals(1, fixes.size(), () -> labels(fixes).toString());
		assertEquals("workload W { memory 4 GB cpu 6 % }\n", fixes.get(0).applyTo(text));
	}

	@Test
	void unitFix_removesTheUnitError() {
		String text = "workload W { memory 4 GHz }\n";
		String fixed = quickFixes(text, IssueCodes.UNIT).get(0).applyTo(text);
		DdcTestSupport.assertNoFinding(DdcTestSupport.findings(fixed), IssueCodes.UNIT);
	}

	@Test
	void suppression_isInsertedAboveTheFindingsLine_withItsIndentation_caretBeforeTheReason() {
		String text = """
				switch SW-1 {
					ports 48
					managed no
				}
				""";
		List<QuickFix> fixes = quickFixes(text, "IPD-5-04");
		QuickFix suppress = fixes.get(fixes.size() - 1);
		assertEquals("Suppress IPD-5-04 here (state the reason)", suppress.label());
		String suppressed = suppress.applyTo(text);
		assertEquals("""
				switch SW-1 {
					ports 48
					// suppress IPD-5-04: \n\
					managed no
				}
				""", suppressed);
		assertEquals(suppressed.indexOf("IPD-5-04: ") + "IPD-5-04: ".length(), suppress.caret());

		String reasoned = suppressed.substring(0, suppress.caret()) + "lab switch" + suppressed.substring(suppress.caret());
		List<Finding> findings = DdcTestSupport.injector().getInstance(org.ddc.dsl.validation.DesignValidator.class)
				.validate(load(reasoned));
		assertTrue(findings.stream().anyMatch(f -> f.code().equals("IPD-5-04") && f.suppressed()),
				() -> DdcTestSupport.describe(findings));
		assertTrue(findings.stream().noneMatch(f -> f.code().equals("IPD-5-04") && !f.suppressed()),
				() -> DdcTestSupport.describe(findings));
	}

	@Test
	void ruleFinding_offersItsFixBeforeTheSuppression() {
		String text = "switch SW-1 { ports 48 managed no }\n";
		List<QuickFix> fixes = quickFixes(text, "IPD-5-04");
		assertEquals(List.of("Mark the switch as managed", "Suppress IPD-5-04 here (state the reason)"), labels(fixes));
		assertEquals("switch SW-1 { ports 48 managed yes }\n", fixes.get(0).applyTo(text));
	}

	@Test
	void integrityFinding_isNotSuppressible() {
		assertEquals(List.of(), quickFixes("subnet S { vlan 5000 }\n", IssueCodes.RANGE));
	}
}
