package org.ddc.rules.step3;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ddc.analysis.DesignIndex;
import org.ddc.model.DdcPackage;
import org.ddc.model.HostDesign;
import org.ddc.model.ManagementRole;
import org.ddc.model.ManagementServer;
import org.ddc.model.ServiceCapability;
import org.ddc.model.VmmInstance;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-3-19: a virtual machine management solution with library, provisioning, role-based security and resource
 * allocation (L252-256) manages every virtualization host. Reports a missing VMM, VMM servers in no instance,
 * capabilities an instance lacks (its own or its servers'), and host designs that no VMM instance manages.
 */
public final class VmManagementSolutionIsComplete extends Rule {
	private static final List<String> REQUIRED = List.of(ServiceCapability.LIBRARY, ServiceCapability.PROVISIONING,
			ServiceCapability.ROLE_BASED_SECURITY, ServiceCapability.RESOURCE_ALLOCATION).stream()
			.map(ServiceCapability::getLiteral).toList();

	public VmManagementSolutionIsComplete() {
		super("IPD-3-19");
	}

	@Override
	public void check(RuleContext context) {
		List<VmmInstance> instances = context.index().all(VmmInstance.class);
		List<ManagementServer> vmmServers = context.index().serversWithRole(ManagementRole.VMM);
		if (instances.isEmpty()) {
			if (vmmServers.isEmpty()) {
				Management.reportOnDesign(context, "the design has no virtual machine management: add a management "
						+ "server with role vmm and a vmm-instance that manages the host designs", null);
			} else {
				ManagementServer server = vmmServers.get(0);
				context.report(server, DdcPackage.Literals.ELEMENT__NAME, "VMM server " + server.getName()
						+ " belongs to no VMM instance: declare a vmm-instance with 'servers " + server.getName()
						+ "' and 'manages' listing the host designs");
			}
			return;
		}
		for (VmmInstance vmm : instances) {
			Set<String> provided = new HashSet<>();
			vmm.getCapabilities().forEach(c -> provided.add(c.getLiteral()));
			vmm.getServers().stream().filter(DesignIndex::live)
					.forEach(s -> s.getCapabilities().forEach(c -> provided.add(c.getLiteral())));
			Management.requireAll(context, vmm, vmm.getCapabilities().isEmpty() ? DdcPackage.Literals.ELEMENT__NAME
					: DdcPackage.Literals.VMM_INSTANCE__CAPABILITIES, "VMM instance " + vmm.getName(),
					"virtual machine management", "capability", "capabilities", REQUIRED, provided);
		}
		for (HostDesign host : context.index().all(HostDesign.class)) {
			if (context.index().vmmsManaging(host).isEmpty()) {
				context.report(host, DdcPackage.Literals.ELEMENT__NAME, "host design " + host.getName() + " ("
						+ host.getQuantity() + (host.getQuantity() == 1 ? " host" : " hosts")
						+ ") is managed by no VMM instance: add it to the 'manages' list of a vmm-instance");
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				host-design HD-1 { quantity 4 }
				host-design HD-2 { quantity 2 }
				management-server VMM-1 { roles vmm, vmm-library runs physical }
				vmm-instance VMM-A { servers VMM-1 manages HD-1 capabilities library, provisioning }
				""";
	}

	@Override
	public String passingExample() {
		return """
				host-design HD-1 { quantity 4 }
				host-design HD-2 { quantity 2 }
				management-server VMM-1 { roles vmm, vmm-library runs physical }
				vmm-instance VMM-A {
					servers VMM-1
					manages HD-1, HD-2
					capabilities library, provisioning, role-based-security, resource-allocation
				}
				""";
	}
}
