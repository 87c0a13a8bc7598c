package org.ddc.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.ddc.dsl.DdcStandaloneSetup;
import org.ddc.dsl.fix.QuickFix;
import org.ddc.dsl.fix.QuickFixes;
import org.ddc.dsl.formatting2.DdcTextFormatter;
import org.ddc.dsl.load.DesignLoader;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.Rules;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every rule whose firing example yields findings with fix data: the quick fix, applied as text edits to the
 * example (as written, and formatted), makes that finding — the same rule on the same element — disappear, adds no
 * syntax, unit or name error, and keeps a formatted text formatted. Rules whose example carries no fix data are
 * reported as skipped; for those whose fix sits on another branch, a design that reaches it is checked too.
 */
class RuleFixesTest {
	/**
	 * Rules whose fix data does not repair their own example yet, with the reason. The test fails when one of them
	 * starts to work, so that it leaves this set.
	 */
	private static final Map<String, String> KNOWN_EXCEPTIONS = Map.of();

	private static final List<String> LANGUAGE_ERRORS = List.of("DDC-SYNTAX", "DDC-UNIT", "DDC-UNRESOLVED",
			"DDC-DUPLICATE-NAME", "DDC-NAME", "DDC-RULE-FAILURE", "DDC-UNKNOWN-RULE");

	/** The rules whose firing example yields a finding with fix data. */
	static Stream<Arguments> rules() {
		return Rules.all().stream().filter(rule -> fixable(rule.id(), rule.firingExample()))
				.map(rule -> Arguments.of(rule.id(), rule));
	}

	@org.junit.jupiter.api.Test
	void mostRulesCarryFixData_soThatLosingItOnTheWayIsNoticed() {
		// 79 rules' firing examples carry fix data today; if issue data stopped reaching the findings, the
		// parameterised test below would quietly run no case at all
		long fixable = rules().count();
		assertTrue(fixable >= 75, "only " + fixable + " rules' firing examples carry fix data");
	}

	/**
	 * Designs that reach the branch of a rule that carries fix data where its firing example takes another branch
	 * (the firing example stays the minimal one shown in docs/rules.md).
	 */
	private static final Map<String, String> FIX_BRANCH_EXAMPLES = Map.of(
			"IPD-2-13", """
					power-feed A
					power-feed B
					rack R1 { height 42 U feed A 5 kW feed B 5 kW }
					host-design HD-1 { quantity 2 memory 256 GB power-supplies 2 redundant feeds A placement R1 at U 1 }
					""",
			"IPD-2-01", """
					isolation-domain PCI { kind physical }
					workload PAY-1 { memory 8 GB isolation PCI group GRP-PCI }
					workload-group GRP-PCI { }
					""",
			"IPD-2-30", """
					switch SW-A { ports 48 }
					subnet NET-M { vlan 10 purpose host-management switches SW-A }
					host-design HD-1 { memory 256 GB adapter NIC-1 ports 1 { port 1 switch SW-A subnets NET-M } }
					""",
			"IPD-5-16", """
					switch SW-1 { ports 48 managed yes }
					subnet NET-MGMT { vlan 10 purpose host-management }
					host-design H { adapter NIC-M ports 1 purpose host-management { port 1 switch SW-1 subnets NET-MGMT } }
					""",
			"IPD-5-31", """
					switch SW-1 { ports 48 managed yes }
					firewall FW-1 { interface switch SW-1 }
					""",
			"IPD-5-01", """
					switch SW-1 { speed 10 Gbps managed yes }
					host-design H { adapter NIC-1 ports 1 speed 10 Gbps purpose host-management { port 1 switch SW-1 } }
					""");

	@ParameterizedTest(name = "{0}: its fix repairs its firing example")
	@MethodSource("rules")
	void fixRepairsTheFindingOnTheFiringExample(String id, Rule rule) {
		assertRepairs(id, rule.firingExample());
	}

	@ParameterizedTest(name = "{0}: its fix repairs the branch its firing example does not reach")
	@MethodSource("fixBranchExamples")
	void fixRepairsTheFindingOnAFixBranchExample(String id, String example) {
		assertTrue(fixable(id, example), id + ": the example yields no finding with fix data");
		Rule rule = Rules.all().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
		assertFalse(fixable(id, rule.firingExample()), id + ": the firing example reaches the fix: drop this example");
		assertRepairs(id, example);
	}

	static Stream<Arguments> fixBranchExamples() {
		return FIX_BRANCH_EXAMPLES.entrySet().stream().sorted(Map.Entry.comparingByKey())
				.map(entry -> Arguments.of(entry.getKey(), entry.getValue()));
	}

	private static boolean fixable(String id, String text) {
		return issues(parse(text), id).stream().anyMatch(issue -> attributeFix(issue) != null);
	}

	/** The fixes repair the example as written and formatted, or, for a known exception, still do not. */
	private static void assertRepairs(String id, String example) {
		List<String> failures = failures(id, example);
		failures.addAll(failures(id, format(example)));
		if (KNOWN_EXCEPTIONS.containsKey(id)) {
			assertFalse(failures.isEmpty(), id + " is listed as a known exception (" + KNOWN_EXCEPTIONS.get(id)
					+ ") but its fix now works: remove it from KNOWN_EXCEPTIONS");
		} else {
			assertEquals(List.of(), failures, id + ": the fix does not repair the finding");
		}
	}

	/** Applies each fix of the rule's findings in turn to the text; what went wrong, or an empty list. */
	private static List<String> failures(String id, String text) {
		XtextResource resource = parse(text);
		List<Issue> before = issues(resource, id);
		List<Issue> withFix = before.stream().filter(issue -> attributeFix(issue) != null).toList();
		List<String> failures = new ArrayList<>();
		for (Issue issue : withFix) {
			Fix fix = attributeFix(issue);
			QuickFix quickFix = DdcStandaloneSetup.injector().getInstance(QuickFixes.class).fixes(resource, issue)
					.stream().filter(q -> q.label().equals(fix.label())).findFirst().orElse(null);
			String element = issue.getUriToProblem().fragment();
			if (quickFix == null) {
				failures.add(fix + " on " + element + " gave no text edit");
				continue;
			}
			String fixed = quickFix.applyTo(text);
			XtextResource repaired = parse(fixed);
			List<Issue> after = issues(repaired, null);
			after.stream().filter(i -> LANGUAGE_ERRORS.contains(i.getCode()))
					.forEach(i -> failures.add(fix + " broke the text: " + i + "\n" + fixed));
			after.stream().filter(i -> sameFinding(issue, i, before))
					.forEach(i -> failures.add(fix + " did not repair " + element + ": " + i.getMessage() + "\n" + fixed));
			if (text.equals(format(text)) && repaired.getErrors().isEmpty() && !fixed.equals(format(fixed))) {
				failures.add(fix + " left a formatted text unformatted:\n" + fixed + "\nformatted:\n" + format(fixed));
			}
		}
		return failures;
	}

	/**
	 * Whether an issue after the fix is the fixed finding again: the same rule on the same element — and, when the
	 * rule reported several findings on that element (one per missing value), the same message.
	 */
	private static boolean sameFinding(Issue fixed, Issue after, List<Issue> before) {
		String element = fixed.getUriToProblem().fragment();
		boolean several = before.stream().filter(i -> element.equals(i.getUriToProblem().fragment())).count() > 1;
		return fixed.getCode().equals(after.getCode()) && element.equals(after.getUriToProblem().fragment())
				&& (!several || fixed.getMessage().equals(after.getMessage()));
	}

	/** The "set" or "add" fix an issue carries, or null. */
	private static Fix attributeFix(Issue issue) {
		Fix fix = Fix.fromData(issue.getData());
		return fix != null && !Fix.REPLACE.equals(fix.kind()) ? fix : null;
	}

	private static XtextResource parse(String text) {
		return (XtextResource) DdcStandaloneSetup.injector().getInstance(DesignLoader.class)
				.loadText(Map.of("design.ddc", text)).displayPaths().keySet().iterator().next();
	}

	/** The issues of a resource, of one code or (null) all. */
	private static List<Issue> issues(XtextResource resource, String code) {
		return DdcStandaloneSetup.injector().getInstance(IResourceValidator.class)
				.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream()
				.filter(issue -> code == null || code.equals(issue.getCode())).toList();
	}

	private static String format(String text) {
		XtextResource resource = parse(text);
		assertTrue(resource.getErrors().isEmpty(), () -> "syntax errors in " + text);
		return DdcStandaloneSetup.injector().getInstance(DdcTextFormatter.class).format(resource);
	}
}
