package org.ddc.rules.step3;

import org.ddc.model.DdcPackage;
import org.ddc.model.ManagementRole;
import org.ddc.model.ManagementServer;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/** IPD-3-35: the Offline Virtual Machine Servicing Tool runs on the server of the VMM Administrator Console (L306). */
public final class OvmstWithVmmConsole extends Rule {

	public OvmstWithVmmConsole() {
		super("IPD-3-35");
	}

	@Override
	public void check(RuleContext context) {
		for (ManagementServer server : context.index().serversWithRole(ManagementRole.OVMST)) {
			if (!server.getRoles().contains(ManagementRole.VMM_CONSOLE)) {
				context.report(server, DdcPackage.Literals.MANAGEMENT_SERVER__ROLES,
						server.getRoles().indexOf(ManagementRole.OVMST), "management server " + server.getName()
								+ " runs the Offline Virtual Machine Servicing Tool without the VMM Administrator "
								+ "Console: install the console on the same server (add vmm-console to its roles)",
						Fix.add("roles", "vmm-console", "Install the VMM Administrator Console here"));
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				management-server VMM-1 { roles vmm, vmm-library, vmm-console runs physical }
				management-server OVMST-1 { roles ovmst runs physical }
				""";
	}

	@Override
	public String passingExample() {
		return """
				management-server VMM-1 { roles vmm, vmm-library, vmm-console runs physical }
				management-server OVMST-1 { roles ovmst, vmm-console runs physical }
				""";
	}
}
