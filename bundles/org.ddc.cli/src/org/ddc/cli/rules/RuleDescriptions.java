package org.ddc.cli.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ddc.dsl.validation.IssueCodes;
import org.ddc.rules.Catalog;
import org.ddc.rules.Rule;
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
	 */
	public record Description(String id, Severity severity, String title, String citation, String quote,
			String group, Rule rule, String notImplementedReason) {

		public boolean implemented() {
			return notImplementedReason == null;
		}
	}

	private static final Map<String, String> GROUPS = new LinkedHashMap<>();
	static {
		GROUPS.put("DDC", "Model integrity checks");
		GROUPS.put("IPD-0", "General: introduction (guide L36–67)");
		GROUPS.put("IPD-1", "Step 1: Determine the Dynamic Datacenter Scope");
		GROUPS.put("IPD-2", "Step 2: Design the Virtualization Hosts");
		GROUPS.put("IPD-3", "Step 3: Design the Software Infrastructure");
		GROUPS.put("IPD-4", "Step 4: Design the Dynamic Datacenter Storage Infrastructure");
		GROUPS.put("IPD-5", "Step 5: Design the Network Infrastructure");
		GROUPS.put("LIM", "Product scale limits");
		GROUPS.put("RACK", "Racks and power (ddc's own rules over the computed design)");
		GROUPS.put("SPOF", "Single points of failure (ddc's own rules over the failure analysis)");
	}

	private RuleDescriptions() {
	}

	/** The group headings, in documentation order. */
	public static List<String> groups() {
		return List.copyOf(GROUPS.values());
	}

	public static String groupOf(String id) {
		for (Map.Entry<String, String> group : GROUPS.entrySet()) {
			if (id.startsWith(group.getKey() + "-")) {
				return group.getValue();
			}
		}
		return "Other";
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
			descriptions.add(new Description(info.id(), info.severity(), info.title(), info.citation().describe(),
					info.citation().quote(), groupOf(info.id()), implemented.get(info.id()),
					implemented.containsKey(info.id()) ? null
							: info.notImplementedReason() != null ? info.notImplementedReason() : "not implemented yet"));
		}
		return descriptions;
	}
}
