package org.ddc.rules.step3;

import java.util.List;

import org.ddc.rules.Rule;

/** The implemented rules of Step 3 of the planning guide, in catalog order. */
public final class Step3Rules {
	private Step3Rules() {
	}

	public static List<Rule> all() {
		return List.of();
	}
}
