package org.ddc.rules.step5;

import java.util.List;

import org.ddc.analysis.DesignIndex;
import org.ddc.model.DdcPackage;
import org.ddc.model.Firewall;
import org.ddc.model.NetworkSwitch;
import org.ddc.model.PortConnection;
import org.ddc.model.Subnet;
import org.ddc.rules.MessageLists;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-5-33: switch ports for firewall interface subnets go into the switch design (L499): every firewall
 * interface names the subnets it connects, and its switch is one of the switches recorded for each of them.
 */
public final class FirewallInterfacesAreInTheSwitchDesign extends Rule {

	public FirewallInterfacesAreInTheSwitchDesign() {
		super("IPD-5-33");
	}

	@Override
	public void check(RuleContext context) {
		for (Firewall fw : context.index().all(Firewall.class)) {
			for (PortConnection connection : fw.getInterfaces()) {
				NetworkSwitch networkSwitch = connection.getSwitch();
				if (!DesignIndex.live(networkSwitch)) {
					continue;
				}
				if (connection.getSubnets().isEmpty()) {
					context.report(connection, DdcPackage.Literals.PORT_CONNECTION__SWITCH, "the interface of firewall "
							+ fw.getName() + " on switch " + networkSwitch.getName() + " names no subnet, so its port "
							+ "is not counted for any subnet in Table A-5: add 'subnets …'");
					continue;
				}
				List<Subnet> subnets = connection.getSubnets();
				for (int i = 0; i < subnets.size(); i++) {
					Subnet subnet = subnets.get(i);
					List<NetworkSwitch> recorded = DesignIndex.live(subnet) ? subnet.getSwitches() : List.of();
					if (!recorded.isEmpty() && !recorded.contains(networkSwitch)) {
						context.report(connection, DdcPackage.Literals.PORT_CONNECTION__SUBNETS, i, "firewall "
								+ fw.getName() + " reaches subnet " + subnet.getName() + " on switch "
								+ networkSwitch.getName() + ", which does not serve it (it is on "
								+ MessageLists.allNames(recorded) + "): add the switch to the subnet or connect the interface "
								+ "to a switch that carries it", null);
					}
				}
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				switch SW-1 { ports 48 managed yes partner SW-2 }
				switch SW-2 { ports 48 managed yes partner SW-1 }
				subnet NET-OUT { vlan 900 purpose external switches SW-2 }
				subnet NET-DMZ { vlan 210 purpose external switches SW-1 }
				firewall FW-1 { quantity 2 interface switch SW-1 subnets NET-OUT, NET-DMZ }
				""";
	}

	@Override
	public String passingExample() {
		return """
				switch SW-1 { ports 48 managed yes partner SW-2 }
				switch SW-2 { ports 48 managed yes partner SW-1 }
				subnet NET-OUT { vlan 900 purpose external switches SW-1, SW-2 }
				subnet NET-DMZ { vlan 210 purpose external switches SW-1 }
				firewall FW-1 { quantity 2 interface switch SW-1 subnets NET-OUT, NET-DMZ }
				""";
	}
}
