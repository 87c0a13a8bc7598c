package org.ddc.rules.step4;

import java.util.List;
import java.util.stream.Collectors;

import org.ddc.analysis.DesignIndex;
import org.ddc.model.DdcPackage;
import org.ddc.model.HostDesign;
import org.ddc.model.NetworkAdapter;
import org.ddc.model.NicPurpose;
import org.ddc.model.PortConnection;
import org.ddc.model.StorageSwitch;
import org.ddc.model.Subnet;
import org.ddc.model.SwitchProtocol;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-4-26: iSCSI traffic is kept apart from all other IP traffic, on its own switches or at least its own VLAN on
 * a shared switch (L422). Reported: an iSCSI adapter that also carries other purposes; an iSCSI port on a network
 * switch without an iSCSI subnet, with a subnet of another purpose, or with an iSCSI subnet without a VLAN; and a
 * non-iSCSI adapter plugged into an Ethernet storage switch.
 */
public final class IscsiSeparatedFromOtherTraffic extends Rule {

	public IscsiSeparatedFromOtherTraffic() {
		super("IPD-4-26");
	}

	@Override
	public void check(RuleContext context) {
		for (HostDesign host : context.index().all(HostDesign.class)) {
			for (NetworkAdapter adapter : host.getAdapters()) {
				String name = "adapter " + adapter.getName() + " of host design " + host.getName();
				if (!adapter.getPurposes().contains(NicPurpose.ISCSI)) {
					checkForeignTraffic(context, adapter, name);
					continue;
				}
				if (adapter.getPurposes().size() > 1) {
					String others = adapter.getPurposes().stream().filter(p -> p != NicPurpose.ISCSI)
							.map(NicPurpose::getLiteral).collect(Collectors.joining(", "));
					context.report(adapter, DdcPackage.Literals.NETWORK_ADAPTER__PURPOSES, name
							+ " carries iSCSI together with " + others + ": dedicate it to iSCSI");
				}
				for (PortConnection port : adapter.getPorts()) {
					if (DesignIndex.live(port.getSwitch())) {
						checkSharedSwitch(context, port, name);
					}
				}
			}
		}
	}

	private static void checkSharedSwitch(RuleContext context, PortConnection port, String name) {
		String where = name + " puts iSCSI on network switch " + port.getSwitch().getName();
		List<Subnet> subnets = port.getSubnets();
		if (subnets.isEmpty()) {
			context.report(port, DdcPackage.Literals.PORT_CONNECTION__SWITCH, where + " without naming its subnet: "
					+ "give iSCSI its own VLAN (a subnet with purpose iscsi) or its own storage switches");
			return;
		}
		for (int i = 0; i < subnets.size(); i++) {
			Subnet subnet = subnets.get(i);
			if (!DesignIndex.live(subnet) || !subnet.isSetPurpose()) {
				continue;
			}
			if (subnet.getPurpose() != NicPurpose.ISCSI) {
				context.report(port, DdcPackage.Literals.PORT_CONNECTION__SUBNETS, i, where + " together with subnet "
						+ subnet.getName() + " (" + subnet.getPurpose().getLiteral() + "): keep iSCSI on its own "
						+ "subnet and VLAN", null);
			} else if (!subnet.isSetVlan()) {
				context.report(port, DdcPackage.Literals.PORT_CONNECTION__SUBNETS, i, where + " on subnet "
						+ subnet.getName() + ", which has no VLAN: give the iSCSI subnet its own VLAN on the shared "
						+ "switch, or move it to dedicated storage switches", null);
			}
		}
	}

	private static void checkForeignTraffic(RuleContext context, NetworkAdapter adapter, String name) {
		if (adapter.getPurposes().isEmpty()) {
			return;
		}
		for (PortConnection port : adapter.getPorts()) {
			StorageSwitch storageSwitch = port.getStorageSwitch();
			if (DesignIndex.live(storageSwitch) && storageSwitch.isSetProtocol()
					&& storageSwitch.getProtocol() == SwitchProtocol.ETHERNET) {
				context.report(port, DdcPackage.Literals.PORT_CONNECTION__STORAGE_SWITCH, name + " ("
						+ adapter.getPurposes().stream().map(NicPurpose::getLiteral).collect(Collectors.joining(", "))
						+ ") is plugged into iSCSI storage switch " + storageSwitch.getName()
						+ ": keep other IP traffic off the iSCSI switches");
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				switch SW-1 { ports 48 partner SW-2 }
				switch SW-2 { ports 48 partner SW-1 }
				subnet HOSTS { vlan 10 purpose host-management switches SW-1, SW-2 }
				host-design H { quantity 2
					adapter NIC-ISCSI-1 ports 1 speed 10 Gbps purpose iscsi { port 1 switch SW-1 subnets HOSTS }
				}
				""";
	}

	@Override
	public String passingExample() {
		return """
				switch SW-1 { ports 48 partner SW-2 }
				switch SW-2 { ports 48 partner SW-1 }
				subnet HOSTS { vlan 10 purpose host-management switches SW-1, SW-2 }
				subnet ISCSI { vlan 70 purpose iscsi switches SW-1, SW-2 }
				host-design H { quantity 2
					adapter NIC-ISCSI-1 ports 1 speed 10 Gbps purpose iscsi { port 1 switch SW-1 subnets ISCSI }
				}
				""";
	}
}
