package org.ddc.cli.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ddc.dsl.validation.IssueCodes;
import org.ddc.rules.Catalog;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleGroups;
import org.ddc.rules.RuleInfo;
import org.ddc.rules.Rules;
import org.ddc.rules.Severity;

/** Every check ddc can report — model-integrity checks, planning-guide rules, scale limits — in one list. */
public final class RuleDescriptions {

	/**
	 * One check or rule as documented.
	 *
	 * @param group e.g. "Step 2: Design the Virtualization Hosts"
	 * @param rule the implementing rule, or null for integrity checks and rules not implemented
	 * @param reportPlace where the report implements the rule (a derivation or a question for people), or null
	 */
	public record Description(String id, Severity severity, String title, String citation, String quote,
			String group, Rule rule, String notImplementedReason, String reportPlace) {

		public Description(String id, Severity severity, String title, String citation, String quote, String group,
				Rule rule, String notImplementedReason) {
			this(id, severity, title, citation, quote, group, rule, notImplementedReason, null);
		}

		/** True for checks, rules with a class and rules the report implements. */
		public boolean implemented() {
			return notImplementedReason == null;
		}

		/** True when the report implements it rather than a check on the design. */
		public boolean byReport() {
			return reportPlace != null;
		}
	}

	private RuleDescriptions() {
	}

	/** The group headings, in documentation order. */
	public static List<String> groups() {
		return RuleGroups.titles();
	}

	public static String groupOf(String id) {
		return RuleGroups.of(id);
	}

	/** Integrity checks first, then the catalog in guide order, then limits. */
	public static List<Description> all() {
		Map<String, Rule> implemented = new LinkedHashMap<>();
		for (Rule rule : Rules.all()) {
			implemented.put(rule.id(), rule);
		}
		List<Description> descriptions = new ArrayList<>();
		for (IssueCodes.Check check : IssueCodes.ALL) {
			Severity severity = Severity.parse(check.severity().replaceAll("/.*", ""));
			descriptions.add(new Description(check.id(), severity, check.title(), null, null, groupOf(check.id()), null,
					null));
		}
		for (RuleInfo info : Catalog.load().all()) {
			String reason = implemented.containsKey(info.id()) || info.byReport() ? null
					: info.notImplementedReason() != null ? info.notImplementedReason() : "not implemented yet";
			descriptions.add(new Description(info.id(), info.severity(), info.title(), info.citation().describe(),
					info.citation().quote(), groupOf(info.id()), implemented.get(info.id()), reason,
					info.reportPlace()));
		}
		return descriptions;
	}
}
