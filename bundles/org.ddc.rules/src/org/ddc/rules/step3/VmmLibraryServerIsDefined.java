package org.ddc.rules.step3;

import java.util.List;

import org.ddc.analysis.DesignIndex;
import org.ddc.model.DdcPackage;
import org.ddc.model.ManagementRole;
import org.ddc.model.ManagementServer;
import org.ddc.model.VmmInstance;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-3-20: VM hardware templates are stored centrally in the VM library (L256): every VMM instance has a library
 * server among its servers (without instances: among the VMM servers).
 */
public final class VmmLibraryServerIsDefined extends Rule {

	public VmmLibraryServerIsDefined() {
		super("IPD-3-20");
	}

	@Override
	public void check(RuleContext context) {
		List<VmmInstance> instances = context.index().all(VmmInstance.class);
		if (instances.isEmpty()) {
			check(context, "the VMM servers", context.index().serversWithRole(ManagementRole.VMM));
		}
		for (VmmInstance vmm : instances) {
			check(context, "VMM instance " + vmm.getName(),
					vmm.getServers().stream().filter(DesignIndex::live).toList());
		}
	}

	private static void check(RuleContext context, String owner, List<ManagementServer> servers) {
		if (servers.isEmpty() || servers.stream().anyMatch(s -> s.getRoles().contains(ManagementRole.VMM_LIBRARY))) {
			return;
		}
		ManagementServer server = servers.stream().filter(s -> s.getRoles().contains(ManagementRole.VMM)).findFirst()
				.orElse(servers.get(0));
		String names = String.join(", ", servers.stream().map(ManagementServer::getName).toList());
		context.report(server, DdcPackage.Literals.MANAGEMENT_SERVER__ROLES, owner + " has no VM library server "
				+ "(" + names + "): add the vmm-library role to " + server.getName()
				+ " or to another of its servers, so that VM templates and hardware profiles are stored centrally",
				Fix.add("roles", "vmm-library", "Make it the VM library server"));
	}

	@Override
	public String firingExample() {
		return """
				management-server VMM-1 { roles vmm runs physical }
				vmm-instance VMM-A { servers VMM-1 }
				""";
	}

	@Override
	public String passingExample() {
		return """
				management-server VMM-1 { roles vmm, vmm-library runs physical }
				vmm-instance VMM-A { servers VMM-1 }
				""";
	}
}
