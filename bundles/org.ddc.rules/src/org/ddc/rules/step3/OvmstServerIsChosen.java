package org.ddc.rules.step3;

import java.util.List;

import org.ddc.analysis.ManagementRoles;
import org.ddc.model.DdcPackage;
import org.ddc.model.ManagementRole;
import org.ddc.model.ManagementServer;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-3-39: the design names the servers that manage the Offline Virtual Machine Servicing Tool (L311). Reported
 * once, on the first VMM server, when VMM is designed and no server has the ovmst role.
 */
public final class OvmstServerIsChosen extends Rule {

	public OvmstServerIsChosen() {
		super("IPD-3-39");
	}

	@Override
	public void check(RuleContext context) {
		List<ManagementServer> vmm = context.index().serversWithRole(ManagementRole.VMM);
		if (vmm.isEmpty() || ManagementRoles.anyServerWith(context.index(), ManagementRole.OVMST)) {
			return;
		}
		ManagementServer server = vmm.get(0);
		context.report(server, DdcPackage.Literals.MANAGEMENT_SERVER__ROLES,
				server.getRoles().indexOf(ManagementRole.VMM), "no server runs the Offline Virtual Machine Servicing "
						+ "Tool: decide which server (the one with the VMM Administrator Console) keeps the offline "
						+ "VMs and templates of the library up to date, and whether separate maintenance hosts are used", null);
	}

	@Override
	public String firingExample() {
		return """
				management-server VMM-1 { roles vmm, vmm-library, vmm-console runs physical }
				""";
	}

	@Override
	public String passingExample() {
		return """
				management-server VMM-1 { roles vmm, vmm-library, vmm-console, ovmst runs physical }
				""";
	}
}
