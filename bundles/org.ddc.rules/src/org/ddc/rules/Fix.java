package org.ddc.rules;

/**
 * Machine-readable repair of a finding, for quick fixes: set an attribute to a value, or add a value to a
 * list attribute, on the finding's target element.
 *
 * @param kind "set" or "add"
 * @param attribute the .ddc attribute keyword, e.g. "partner", "capabilities"
 * @param value the text to write, e.g. "yes", "snmp", "2"
 * @param label what the fix does, for a menu
 */
public record Fix(String kind, String attribute, String value, String label) {

	public static Fix set(String attribute, String value, String label) {
		return new Fix("set", attribute, value, label);
	}

	public static Fix add(String attribute, String value, String label) {
		return new Fix("add", attribute, value, label);
	}

	/** As Xtext issue data. */
	public String[] toData() {
		return new String[] { kind, attribute, value, label };
	}

	/** From Xtext issue data, or null. */
	public static Fix fromData(String[] data) {
		return data != null && data.length == 4 ? new Fix(data[0], data[1], data[2], data[3]) : null;
	}
}
