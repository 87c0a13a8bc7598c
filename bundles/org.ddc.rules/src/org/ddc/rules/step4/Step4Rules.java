package org.ddc.rules.step4;

import java.util.List;

import org.ddc.rules.Rule;

/** The implemented rules of Step 4 of the planning guide, in catalog order. */
public final class Step4Rules {
	private Step4Rules() {
	}

	public static List<Rule> all() {
		return List.of();
	}
}
