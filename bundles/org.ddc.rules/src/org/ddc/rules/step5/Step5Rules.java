package org.ddc.rules.step5;

import java.util.List;

import org.ddc.rules.Rule;

/** The implemented rules of Step 5 of the planning guide, in catalog order. */
public final class Step5Rules {
	private Step5Rules() {
	}

	public static List<Rule> all() {
		return List.of(new SwitchHasFailoverPartner());
	}
}
