package org.ddc.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Machine-readable repair of a finding, for quick fixes: set an attribute to a value or add a value to a list
 * attribute on the finding's target element, or replace the text the finding points at (a misspelt name, a
 * quantity with a missing or wrong unit).
 *
 * @param kind "set", "add" or "replace"
 * @param attribute the .ddc attribute keyword, e.g. "partner", "capabilities"; empty for "replace"
 * @param value the text to write, e.g. "yes", "snmp", "2"
 * @param label what the fix does, for a menu
 */
public record Fix(String kind, String attribute, String value, String label) {
	public static final String SET = "set";
	public static final String ADD = "add";
	public static final String REPLACE = "replace";
	private static final Set<String> KINDS = Set.of(SET, ADD, REPLACE);
	/** Strings per fix in issue data. */
	private static final int WIDTH = 4;

	public static Fix set(String attribute, String value, String label) {
		return new Fix(SET, attribute, value, label);
	}

	public static Fix add(String attribute, String value, String label) {
		return new Fix(ADD, attribute, value, label);
	}

	/** Replaces the text the finding points at by {@code text}. */
	public static Fix replace(String text, String label) {
		return new Fix(REPLACE, "", text, label);
	}

	/** As Xtext issue data. */
	public String[] toData() {
		return new String[] { kind, attribute, value, label };
	}

	/** Several alternative fixes as Xtext issue data, the preferred one first. */
	public static String[] toData(List<Fix> fixes) {
		List<String> data = new ArrayList<>();
		fixes.forEach(fix -> data.addAll(List.of(fix.toData())));
		return data.toArray(String[]::new);
	}

	/** The first (preferred) fix in Xtext issue data, or null. */
	public static Fix fromData(String[] data) {
		List<Fix> fixes = allFromData(data);
		return fixes.isEmpty() ? null : fixes.get(0);
	}

	/** Every fix in Xtext issue data, the preferred one first; empty when the data is not fix data. */
	public static List<Fix> allFromData(String[] data) {
		if (data == null || data.length == 0 || data.length % WIDTH != 0) {
			return List.of();
		}
		List<Fix> fixes = new ArrayList<>();
		for (int i = 0; i < data.length; i += WIDTH) {
			if (!KINDS.contains(data[i])) {
				return List.of();
			}
			fixes.add(new Fix(data[i], data[i + 1], data[i + 2], data[i + 3]));
		}
		return fixes;
	}
}
