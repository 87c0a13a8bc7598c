package org.ddc.rules.step2;

import java.util.Set;

import org.ddc.analysis.network.HostAdapters;
import org.ddc.model.DdcPackage;
import org.ddc.model.HostDesign;
import org.ddc.model.HostVirtualAdapter;
import org.ddc.model.NetworkAdapter;
import org.ddc.model.NicPurpose;
import org.ddc.model.PortConnection;
import org.ddc.model.Subnet;
import org.ddc.model.VirtualSwitch;
import org.ddc.rules.RuleContext;

/**
 * IPD-2-22: at least one adapter on each host is dedicated to an isolated VLAN for the virtual machine update
 * process (L180, OVMST L307). Besides the dedicated adapter, its subnets must not be declared 'isolated no' or
 * serve another purpose; likewise the subnets of a host adapter dedicated to it on a converged virtual switch
 * (Hyper-V 2012 and later, see {@link DedicatedAdapterRule}).
 */
public final class DedicatedVmServicingAdapter extends DedicatedAdapterRule {

	public DedicatedVmServicingAdapter() {
		super("IPD-2-22", NicPurpose.VM_SERVICING, Set.of(NicPurpose.VM_SERVICING), "the VM servicing VLAN");
	}

	@Override
	public void check(RuleContext context) {
		super.check(context);
		for (HostDesign host : context.index().all(HostDesign.class)) {
			for (NetworkAdapter adapter : host.getAdapters()) {
				if (!HostAdapters.dedicatedTo(adapter, Set.of(NicPurpose.VM_SERVICING))) {
					continue;
				}
				for (PortConnection port : adapter.getPorts()) {
					for (int i = 0; i < port.getSubnets().size(); i++) {
						String problem = problem(port.getSubnets().get(i));
						if (problem != null) {
							context.report(port, DdcPackage.Literals.PORT_CONNECTION__SUBNETS, i, "subnet "
									+ port.getSubnets().get(i).getName() + " on the VM servicing adapter "
									+ adapter.getName() + " of host design " + host.getName() + " " + problem
									+ ": put the VM update process on an isolated VLAN of its own", null);
						}
					}
				}
			}
			for (VirtualSwitch vs : host.getVirtualSwitches()) {
				for (HostVirtualAdapter adapter : vs.getHostAdapters()) {
					if (adapter.getPurposes().isEmpty()
							|| !Set.of(NicPurpose.VM_SERVICING).containsAll(adapter.getPurposes())) {
						continue;
					}
					for (int i = 0; i < adapter.getSubnets().size(); i++) {
						String problem = problem(adapter.getSubnets().get(i));
						if (problem != null) {
							context.report(adapter, DdcPackage.Literals.HOST_VIRTUAL_ADAPTER__SUBNETS, i, "subnet "
									+ adapter.getSubnets().get(i).getName() + " on the VM servicing host adapter "
									+ adapter.getName() + " of host design " + host.getName() + " " + problem
									+ ": put the VM update process on an isolated VLAN of its own", null);
						}
					}
				}
			}
		}
	}

	/** Why a subnet is not an isolated VM servicing VLAN, or null. */
	private static String problem(Subnet subnet) {
		return subnet.eIsProxy() ? null
				: subnet.isSetIsolated() && !subnet.isIsolated() ? "is declared 'isolated no'"
						: subnet.isSetPurpose() && subnet.getPurpose() != NicPurpose.VM_SERVICING
								? "serves " + subnet.getPurpose().getLiteral() : null;
	}

	@Override
	public String firingExample() {
		return """
				host-design HD-1 {
					memory 256 GB
					adapter NIC-MGMT ports 1 purpose host-management
					adapter NIC-GUEST ports 2 purpose guest-traffic vlan-tagging
				}
				""";
	}

	@Override
	public String passingExample() {
		return """
				subnet NET-SERVICING { vlan 20 purpose vm-servicing isolated yes }
				host-design HD-1 {
					memory 256 GB
					adapter NIC-MGMT ports 1 purpose host-management
					adapter NIC-SERVICE ports 1 purpose vm-servicing { port 1 switch SW-1 subnets NET-SERVICING }
					adapter NIC-GUEST ports 2 purpose guest-traffic vlan-tagging
				}
				switch SW-1 { ports 48 }
				""";
	}
}
