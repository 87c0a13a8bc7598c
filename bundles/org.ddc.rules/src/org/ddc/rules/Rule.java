package org.ddc.rules;

/**
 * One planning-guide rule or product scale limit. The ID keys everything else: severity, title and citation come
 * from the catalog ({@link Catalog}); each rule class holds only its check and two small designs — one on which
 * it fires and the same design repaired — which the generated documentation shows and the tests run.
 */
public abstract class Rule {
	private final String id;

	protected Rule(String id) {
		this.id = id;
	}

	public final String id() {
		return id;
	}

	/** Checks the design and reports findings through the context. */
	public abstract void check(RuleContext context);

	/** A minimal .ddc design on which this rule reports at least one finding. */
	public abstract String firingExample();

	/** The same design repaired: this rule reports nothing. */
	public abstract String passingExample();
}
