package org.ddc.rules.step3;

import org.ddc.analysis.ManagementRoles;
import org.ddc.model.ManagementRole;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/** IPD-3-49: a management system monitors the server, storage and network hardware for faults (L335). */
public final class HardwareManagementExists extends Rule {

	public HardwareManagementExists() {
		super("IPD-3-49");
	}

	@Override
	public void check(RuleContext context) {
		if (!ManagementRoles.anyServerWith(context.index(), ManagementRole.HARDWARE_MANAGEMENT)) {
			Management.reportOnDesign(context, "nothing monitors the server, storage and network hardware for faults: "
					+ "add a management server with role hardware-management (the hardware vendor's management "
					+ "solution)", null);
		}
	}

	@Override
	public String firingExample() {
		return """
				design D { }
				""";
	}

	@Override
	public String passingExample() {
		return """
				design D { }
				management-server HW-1 { roles hardware-management runs physical }
				""";
	}
}
