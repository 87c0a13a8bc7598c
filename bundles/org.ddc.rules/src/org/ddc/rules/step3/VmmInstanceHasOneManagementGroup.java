package org.ddc.rules.step3;

import java.util.List;

import org.ddc.model.DdcPackage;
import org.ddc.model.OpsMgrGroup;
import org.ddc.model.VmmInstance;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/** IPD-3-22: a VMM instance connects to one Operations Manager management group only (L261). */
public final class VmmInstanceHasOneManagementGroup extends Rule {

	public VmmInstanceHasOneManagementGroup() {
		super("IPD-3-22");
	}

	@Override
	public void check(RuleContext context) {
		for (VmmInstance vmm : context.index().all(VmmInstance.class)) {
			List<OpsMgrGroup> groups = context.index().opsMgrGroupsOf(vmm);
			for (OpsMgrGroup group : groups.subList(Math.min(1, groups.size()), groups.size())) {
				context.report(group, DdcPackage.Literals.OPS_MGR_GROUP__VMM, "VMM instance " + vmm.getName()
						+ " is connected to " + groups.size() + " management groups ("
						+ String.join(", ", groups.stream().map(OpsMgrGroup::getName).toList())
						+ "), but a VMM instance can connect to only one: connect " + group.getName()
						+ " to another VMM instance, or monitor these hosts from " + groups.get(0).getName()
						+ " only");
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				vmm-instance VMM-A { }
				opsmgr-group MG-1 { vmm VMM-A }
				opsmgr-group MG-2 { vmm VMM-A }
				""";
	}

	@Override
	public String passingExample() {
		return """
				vmm-instance VMM-A { }
				vmm-instance VMM-B { }
				opsmgr-group MG-1 { vmm VMM-A }
				opsmgr-group MG-2 { vmm VMM-B }
				""";
	}
}
