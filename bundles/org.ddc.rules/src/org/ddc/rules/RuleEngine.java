package org.ddc.rules;

import java.util.List;

import org.ddc.analysis.DesignAnalysis;
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

	/** What ddc computes from a design, with the per-host limits of its platform from the limits catalog. */
	public DesignAnalysis analysis(DesignIndex index) {
		return DesignAnalysis.of(index, limits.hostLimits(index.platform()));
	}

	public List<RuleFinding> run(DesignIndex index) {
		return run(analysis(index));
	}

	/** Runs the rules over an analysis made by {@link #analysis(DesignIndex)} (computed parts are reused). */
	public List<RuleFinding> run(DesignAnalysis analysis) {
		DesignIndex index = analysis.index();
		RuleContext context = new RuleContext(analysis, limits);
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
