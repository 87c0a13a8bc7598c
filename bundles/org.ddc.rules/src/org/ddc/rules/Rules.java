package org.ddc.rules;

import java.util.ArrayList;
import java.util.List;

import org.ddc.rules.limits.LimitRules;
import org.ddc.rules.failure.FailureRules;
import org.ddc.rules.racks.RackRules;
import org.ddc.rules.step0.Step0Rules;
import org.ddc.rules.step1.Step1Rules;
import org.ddc.rules.step2.Step2Rules;
import org.ddc.rules.step3.Step3Rules;
import org.ddc.rules.step4.Step4Rules;
import org.ddc.rules.step5.Step5Rules;

/**
 * Every implemented rule, in catalog order. Each step's package lists its own rules; a test checks that every
 * rule class is listed and that every catalog entry is either implemented or has a reason why not.
 */
public final class Rules {
	private Rules() {
	}

	public static List<Rule> all() {
		List<Rule> rules = new ArrayList<>();
		rules.addAll(Step0Rules.all());
		rules.addAll(Step1Rules.all());
		rules.addAll(Step2Rules.all());
		rules.addAll(Step3Rules.all());
		rules.addAll(Step4Rules.all());
		rules.addAll(Step5Rules.all());
		rules.addAll(LimitRules.all());
		rules.addAll(RackRules.all());
		rules.addAll(FailureRules.all());
		return rules;
	}
}
