package org.ddc.rules.step3;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.ddc.model.DdcPackage;
import org.ddc.model.HostDesign;
import org.ddc.model.ManagementRole;
import org.ddc.model.ManagementServer;
import org.ddc.model.NetworkAdapter;
import org.ddc.model.NicPurpose;
import org.ddc.model.PortConnection;
import org.ddc.model.Subnet;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-3-38: with an isolated VLAN for VM servicing, every server and role in the update process can reach it
 * (L307): the OVMST and VMM console server, the VMM and library servers, the update source (Configuration
 * Manager), and the hosts' VM servicing adapters. Servers and adapters without declared connections are skipped.
 */
public final class ServicingServersReachIsolatedVlan extends Rule {
	private static final Set<ManagementRole> PARTICIPANTS = EnumSet.of(ManagementRole.OVMST, ManagementRole.VMM,
			ManagementRole.VMM_LIBRARY, ManagementRole.VMM_CONSOLE, ManagementRole.CONFIG_MGR);

	public ServicingServersReachIsolatedVlan() {
		super("IPD-3-38");
	}

	@Override
	public void check(RuleContext context) {
		List<Subnet> isolated = context.index().all(Subnet.class).stream().filter(s -> s.isSetPurpose()
				&& s.getPurpose() == NicPurpose.VM_SERVICING && s.isSetIsolated() && s.isIsolated()).toList();
		if (isolated.isEmpty()) {
			return;
		}
		String vlans = String.join(", ", isolated.stream().map(Subnet::getName).toList());
		for (ManagementServer server : context.index().all(ManagementServer.class)) {
			List<String> roles = server.getRoles().stream().filter(PARTICIPANTS::contains)
					.map(ManagementRole::getLiteral).toList();
			if (!roles.isEmpty() && !server.getConnections().isEmpty() && !reaches(server.getConnections(), isolated)) {
				context.report(server, DdcPackage.Literals.MANAGEMENT_SERVER__CONNECTIONS, "management server "
						+ server.getName() + " (" + String.join(", ", roles) + ") takes part in offline VM servicing "
						+ "but has no interface on the isolated servicing VLAN " + vlans
						+ ": add it to the subnets of one of its interfaces", null);
			}
		}
		for (HostDesign host : context.index().all(HostDesign.class)) {
			for (NetworkAdapter adapter : host.getAdapters()) {
				if (adapter.getPurposes().contains(NicPurpose.VM_SERVICING) && !adapter.getPorts().isEmpty()
						&& !reaches(adapter.getPorts(), isolated)) {
					context.report(adapter, DdcPackage.Literals.NETWORK_ADAPTER__PURPOSES, "VM servicing adapter "
							+ adapter.getName() + " of host design " + host.getName() + " is not connected to the "
							+ "isolated servicing VLAN " + vlans + ": add it to the subnets of its ports", null);
				}
			}
		}
	}

	private static boolean reaches(List<PortConnection> connections, List<Subnet> subnets) {
		return connections.stream().anyMatch(c -> c.getSubnets().stream().anyMatch(subnets::contains));
	}

	@Override
	public String firingExample() {
		return """
				switch SW-1 { ports 48 }
				subnet NET-MGMT { vlan 10 purpose host-management switches SW-1 }
				subnet NET-SERVICING { vlan 20 purpose vm-servicing isolated yes switches SW-1 }
				management-server VMM-1 {
					roles vmm, vmm-library, vmm-console, ovmst
					runs physical
					interface switch SW-1 subnets NET-MGMT
				}
				""";
	}

	@Override
	public String passingExample() {
		return """
				switch SW-1 { ports 48 }
				subnet NET-MGMT { vlan 10 purpose host-management switches SW-1 }
				subnet NET-SERVICING { vlan 20 purpose vm-servicing isolated yes switches SW-1 }
				management-server VMM-1 {
					roles vmm, vmm-library, vmm-console, ovmst
					runs physical
					interface switch SW-1 subnets NET-MGMT, NET-SERVICING
				}
				""";
	}
}
