package org.ddc.rules;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A rule's finding: which rule, on which element and attribute (for the precise source location), what is wrong
 * and how to fix it, and an optional machine-readable fix.
 *
 * @param index the position in a list attribute, or -1
 * @param notChecked the rule could not check this element because an input is missing (the message says which);
 *            reported as information whatever the rule's severity, and counted as a check not run
 */
public record RuleFinding(String ruleId, EObject target, EStructuralFeature feature, int index, String message,
		Fix fix, boolean notChecked) {

	/** What every not-checked finding's message starts with. */
	public static final String NOT_CHECKED = "not checked: ";

	public RuleFinding(String ruleId, EObject target, EStructuralFeature feature, int index, String message, Fix fix) {
		this(ruleId, target, feature, index, message, fix, false);
	}
}
