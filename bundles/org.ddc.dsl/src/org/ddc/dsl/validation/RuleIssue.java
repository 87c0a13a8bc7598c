package org.ddc.dsl.validation;

import org.ddc.rules.RuleFinding;
import org.ddc.rules.Severity;

/**
 * A rule finding with the severity it has in this design (after project and design settings) and the inline
 * suppression that silences it, if any.
 */
public record RuleIssue(RuleFinding finding, Severity severity, Suppressions.Suppression suppression) {
}
