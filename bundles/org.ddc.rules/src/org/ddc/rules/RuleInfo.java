package org.ddc.rules;

/**
 * What the catalog says about a rule: ID, default severity, title and citation; why it is not implemented when it is
 * not decidable from a design model; and, for a derivation or a question for people that the report carries, where
 * the report implements it.
 *
 * @param reportPlace where the report implements the rule ("Table A-1, column \"Total\": …"), or null
 */
public record RuleInfo(String id, Severity severity, String title, Citation citation, String notImplementedReason,
		String reportPlace) {

	/** An entry the report does not implement. */
	public RuleInfo(String id, Severity severity, String title, Citation citation, String notImplementedReason) {
		this(id, severity, title, citation, notImplementedReason, null);
	}

	/** True unless the catalog lists a reason why the rule cannot be decided (rule classes and the report implement). */
	public boolean implemented() {
		return notImplementedReason == null;
	}

	/** True when the report, not a rule class, implements it (a table, row or checklist of the report). */
	public boolean byReport() {
		return reportPlace != null;
	}
}
