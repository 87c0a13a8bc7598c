package org.ddc.rules;

import java.util.List;

import org.ddc.analysis.DesignIndex;
import org.ddc.rules.limits.ScaleLimits;

/** Runs rules over one indexed design. A rule that fails is reported as a finding, never as a stack trace. */
public final class RuleEngine {
	/** The ID under which a failing rule is reported. */
	public static final String RULE_FAILURE = "DDC-RULE-FAILURE";

	private final List<Rule> rules;
	private final ScaleLimits limits;

	public RuleEngine(List<Rule> rules, ScaleLimits limits) {
		this.rules = List.copyOf(rules);
		this.limits = limits;
	}

	/** An engine with every implemented rule. */
	public static RuleEngine standard() {
		return new RuleEngine(Rules.all(), ScaleLimits.load());
	}

	public List<Rule> rules() {
		return rules;
	}

	public List<RuleFinding> run(DesignIndex index) {
		RuleContext context = new RuleContext(index, limits);
		for (Rule rule : rules) {
			context.enter(rule);
			try {
				rule.check(context);
			} catch (RuntimeException e) {
				if (!index.models().isEmpty()) {
					context.findings().add(new RuleFinding(RULE_FAILURE, index.models().get(0), null, -1,
							"rule " + rule.id() + " could not be checked (" + e + "); please report this", null));
				}
			}
		}
		return context.findings();
	}
}
