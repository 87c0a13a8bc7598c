package org.ddc.rules.step5;

import java.util.ArrayList;
import java.util.List;

import org.ddc.model.DdcPackage;
import org.ddc.model.Firewall;
import org.ddc.rules.MessageLists;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-5-34: Table A-7 records the firewall used, its quantity and the workloads connected (L500). The quantity is
 * judged by IPD-5-31; this rule asks for the type and the workloads served.
 */
public final class FirewallIsRecordedInTableA7 extends Rule {

	public FirewallIsRecordedInTableA7() {
		super("IPD-5-34");
	}

	@Override
	public void check(RuleContext context) {
		for (Firewall fw : context.index().all(Firewall.class)) {
			List<String> missing = new ArrayList<>();
			if (fw.getType() == null || fw.getType().isBlank()) {
				missing.add("its type ('type \"…\"')");
			}
			if (fw.getServes().isEmpty()) {
				missing.add("the workloads behind it ('serves …')");
			}
			if (!missing.isEmpty()) {
				context.report(fw, DdcPackage.Literals.ELEMENT__NAME, "firewall " + fw.getName()
						+ " is incomplete for Table A-7: record " + MessageLists.joinAll(missing));
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				workload WEB { instances 2 memory 4 GB }
				firewall FW-1 { quantity 2 }
				""";
	}

	@Override
	public String passingExample() {
		return """
				workload WEB { instances 2 memory 4 GB }
				firewall FW-1 { type "NGFW" quantity 2 serves WEB }
				""";
	}
}
