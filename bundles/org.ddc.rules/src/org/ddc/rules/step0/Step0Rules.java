package org.ddc.rules.step0;

import java.util.List;

import org.ddc.rules.Rule;

/** The implemented general rules (introduction, L36–67) of the planning guide, in catalog order. */
public final class Step0Rules {
	private Step0Rules() {
	}

	public static List<Rule> all() {
		return List.of();
	}
}
