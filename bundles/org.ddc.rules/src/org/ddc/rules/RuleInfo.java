package org.ddc.rules;

/**
 * What the catalog says about a rule: ID, default severity, title and citation, and why it is not implemented
 * when it is not decidable from a design model.
 */
public record RuleInfo(String id, Severity severity, String title, Citation citation, String notImplementedReason) {

	public boolean implemented() {
		return notImplementedReason == null;
	}
}
