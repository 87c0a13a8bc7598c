package org.ddc.rules;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A rule's finding: which rule, on which element and attribute (for the precise source location), what is wrong
 * and how to fix it, and an optional machine-readable fix.
 *
 * @param index the position in a list attribute, or -1
 */
public record RuleFinding(String ruleId, EObject target, EStructuralFeature feature, int index, String message,
		Fix fix) {
}
