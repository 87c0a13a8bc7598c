package org.ddc.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The groups rules and checks are documented and reported in, by ID prefix: model integrity (DDC-), the guide's
 * introduction and five steps (IPD-0 … IPD-5), product scale limits (LIM-), racks and power (RACK-) and single points
 * of failure (SPOF-).
 */
public final class RuleGroups {
	/** The group of an ID no prefix matches. */
	public static final String OTHER = "Other";

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

	private RuleGroups() {
	}

	/** The group headings, in documentation order. */
	public static List<String> titles() {
		return List.copyOf(GROUPS.values());
	}

	/** The ID prefixes of the groups ("DDC", "IPD-0", …, "SPOF"), in documentation order. */
	public static List<String> prefixes() {
		return List.copyOf(GROUPS.keySet());
	}

	/** The heading of the group of a prefix, or {@link #OTHER}. */
	public static String title(String prefix) {
		return GROUPS.getOrDefault(prefix, OTHER);
	}

	/** The prefix of the group an ID belongs to, or null when none matches. */
	public static String prefixOf(String id) {
		for (String prefix : GROUPS.keySet()) {
			if (id.startsWith(prefix + "-")) {
				return prefix;
			}
		}
		return null;
	}

	/** The heading of the group an ID belongs to, or {@link #OTHER}. */
	public static String of(String id) {
		String prefix = prefixOf(id);
		return prefix == null ? OTHER : GROUPS.get(prefix);
	}
}
