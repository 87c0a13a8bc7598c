package org.ddc.rules.step3;

import java.util.List;

import org.ddc.model.DdcPackage;
import org.ddc.model.ManagementRole;
import org.ddc.model.ManagementServer;
import org.ddc.model.NicPurpose;
import org.ddc.model.Subnet;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-3-37: offline VMs are updated on an isolated VLAN (L307): every subnet for VM servicing is isolated, and a
 * design that runs the Offline Virtual Machine Servicing Tool has such a subnet.
 */
public final class IsolatedVlanForVmServicing extends Rule {

	public IsolatedVlanForVmServicing() {
		super("IPD-3-37");
	}

	@Override
	public void check(RuleContext context) {
		List<Subnet> servicing = context.index().all(Subnet.class).stream()
				.filter(s -> s.isSetPurpose() && s.getPurpose() == NicPurpose.VM_SERVICING).toList();
		for (Subnet subnet : servicing) {
			if (!subnet.isSetIsolated() || !subnet.isIsolated()) {
				context.report(subnet, subnet.isSetIsolated() ? DdcPackage.Literals.SUBNET__ISOLATED
						: DdcPackage.Literals.SUBNET__PURPOSE, "subnet " + subnet.getName() + " carries VM servicing "
								+ "but is not " + (subnet.isSetIsolated() ? "isolated" : "marked isolated")
								+ ": update offline VMs, which may be unhealthy, on an isolated VLAN ('isolated yes')",
						Fix.set("isolated", "yes", "Isolate the VM servicing VLAN"));
			}
		}
		List<ManagementServer> ovmst = context.index().serversWithRole(ManagementRole.OVMST);
		if (servicing.isEmpty() && !ovmst.isEmpty()) {
			ManagementServer server = ovmst.get(0);
			context.report(server, DdcPackage.Literals.MANAGEMENT_SERVER__ROLES,
					server.getRoles().indexOf(ManagementRole.OVMST), "management server " + server.getName()
							+ " runs the Offline Virtual Machine Servicing Tool but the design has no VLAN for VM "
							+ "servicing: add an isolated subnet ('purpose vm-servicing' and 'isolated yes') and "
							+ "connect the servicing servers and hosts to it", null);
		}
	}

	@Override
	public String firingExample() {
		return """
				subnet NET-SERVICING { vlan 20 purpose vm-servicing }
				""";
	}

	@Override
	public String passingExample() {
		return """
				subnet NET-SERVICING { vlan 20 purpose vm-servicing isolated yes }
				""";
	}
}
