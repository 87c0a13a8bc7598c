package org.ddc.rules.step3;

import java.util.List;
import java.util.Locale;

import org.ddc.model.DdcPackage;
import org.ddc.model.OpsMgrGroup;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-3-24: several VMM instances are not by themselves a reason for several Operations Manager management groups
 * (L262). Reported for each group of several that gives no reason, or only the VMM instances as reason.
 */
public final class OneManagementGroupUnlessJustified extends Rule {

	public OneManagementGroupUnlessJustified() {
		super("IPD-3-24");
	}

	@Override
	public void check(RuleContext context) {
		List<OpsMgrGroup> groups = context.index().all(OpsMgrGroup.class);
		if (groups.size() < 2) {
			return;
		}
		for (OpsMgrGroup group : groups) {
			String reason = group.getReason() == null ? "" : group.getReason().toLowerCase(Locale.ROOT);
			boolean valid = reason.contains("agent") || reason.contains("secur") || reason.contains("admin");
			if (reason.isBlank() || !valid && reason.contains("vmm")) {
				context.report(group, reason.isBlank() ? DdcPackage.Literals.ELEMENT__NAME
						: DdcPackage.Literals.OPS_MGR_GROUP__REASON, "the design has " + groups.size()
								+ " Operations Manager management groups and " + group.getName() + " gives "
								+ (reason.isBlank() ? "no reason" : "only its VMM instance as reason")
								+ ": one group is the default, and several VMM instances are not by themselves a "
								+ "reason for more — merge the groups, or give the 'reason' (more than 6,000 agents, "
								+ "administrative or security requirements)");
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				vmm-instance VMM-A { }
				vmm-instance VMM-B { }
				opsmgr-group MG-1 { vmm VMM-A }
				opsmgr-group MG-2 { vmm VMM-B reason "one group per VMM instance" }
				""";
	}

	@Override
	public String passingExample() {
		return """
				vmm-instance VMM-A { }
				vmm-instance VMM-B { }
				opsmgr-group MG-1 { vmm VMM-A reason "production: separate security boundary for PCI administrators" }
				opsmgr-group MG-2 { vmm VMM-B reason "development: separate administration team" }
				""";
	}
}
