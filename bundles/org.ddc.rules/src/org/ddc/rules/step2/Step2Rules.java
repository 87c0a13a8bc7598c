package org.ddc.rules.step2;

import java.util.List;

import org.ddc.rules.Rule;

/** The implemented rules of Step 2 of the planning guide, in catalog order. */
public final class Step2Rules {
	private Step2Rules() {
	}

	public static List<Rule> all() {
		return List.of();
	}
}
