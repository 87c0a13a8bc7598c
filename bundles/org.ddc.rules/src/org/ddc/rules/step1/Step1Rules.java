package org.ddc.rules.step1;

import java.util.List;

import org.ddc.rules.Rule;

/** The implemented rules of Step 1 of the planning guide, in catalog order. */
public final class Step1Rules {
	private Step1Rules() {
	}

	public static List<Rule> all() {
		return List.of(new LoadBalancingNeedsTwoInstances());
	}
}
