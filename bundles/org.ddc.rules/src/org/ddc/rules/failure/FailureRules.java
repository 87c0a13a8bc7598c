package org.ddc.rules.failure;

import java.util.List;

import org.ddc.rules.Rule;

/** ddc's single-point-of-failure rules over the failure analysis (SPOF-…), in catalog order. */
public final class FailureRules {
	private FailureRules() {
	}

	public static List<Rule> all() {
		return List.of(new RackIsNotASinglePoint(), new FeedIsNotASinglePoint());
	}
}
