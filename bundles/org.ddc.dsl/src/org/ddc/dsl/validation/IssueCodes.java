package org.ddc.dsl.validation;

import java.util.List;

/**
 * Codes of the model-integrity findings of the .ddc language. Planning-guide rules (IPD-…) and product scale
 * limits (LIM-…) have their own catalog; these codes cover what makes a design unreadable or ambiguous.
 */
public final class IssueCodes {
	public static final String SYNTAX = "DDC-SYNTAX";
	public static final String UNIT = "DDC-UNIT";
	public static final String UNRESOLVED = "DDC-UNRESOLVED";
	public static final String DUPLICATE_NAME = "DDC-DUPLICATE-NAME";
	public static final String NAME = "DDC-NAME";
	public static final String NON_POSITIVE = "DDC-NON-POSITIVE";
	public static final String RANGE = "DDC-RANGE";
	public static final String UNKNOWN_FEED = "DDC-UNKNOWN-FEED";
	public static final String INCONSISTENT = "DDC-INCONSISTENT";
	public static final String DESIGN_HEADER = "DDC-DESIGN";
	public static final String IO = "DDC-IO";
	public static final String UNKNOWN_RULE = "DDC-UNKNOWN-RULE";
	public static final String SUPPRESSION = "DDC-SUPPRESSION";

	/** One integrity check, as listed by documentation and the CLI. */
	public record Check(String id, String severity, String title) {
	}

	/** Every integrity check, in documentation order. */
	public static final List<Check> ALL = List.of(
			new Check(SYNTAX, "error", "The text does not follow the .ddc grammar."),
			new Check(UNIT, "error", "A quantity has no unit, or a unit of the wrong kind (e.g. 'memory 4 GHz')."),
			new Check(UNRESOLVED, "error", "A reference names an element that is declared nowhere in the design."),
			new Check(DUPLICATE_NAME, "error", "Two elements of the design have the same name."),
			new Check(NAME, "error", "A name is empty or contains '.', which separates qualified names."),
			new Check(NON_POSITIVE, "error", "A count, size or rate is zero or negative where it must be positive."),
			new Check(RANGE, "error", "A value is outside its valid range (VLAN ID, CIDR, rack position, port number, "
					+ "minimum-bandwidth weight, read ratio)."),
			new Check(UNKNOWN_FEED, "error", "A power supply connects to a power feed its rack draws no circuit from."),
			new Check(INCONSISTENT, "error", "Two statements of the design contradict each other (a host design's "
					+ "quantity and its clusters' hosts, a workload group's host design and cluster, a subnet on an HBA "
					+ "or storage switch that is not iSCSI/Ethernet)."),
			new Check(DESIGN_HEADER, "error/warning", "A design has no 'design' header, or more than one."),
			new Check(UNKNOWN_RULE, "error", "A rule setting names a rule that is not in the catalog."),
			new Check(SUPPRESSION, "warning", "A suppression comment names an unknown rule or states no reason."),
			new Check(org.ddc.rules.RuleEngine.RULE_FAILURE, "error", "A rule could not be checked (a defect in ddc)."),
			new Check(IO, "error", "A file cannot be read."));

	private IssueCodes() {
	}
}
