package org.ddc.rules.step4;

import java.util.List;

import org.ddc.analysis.DesignIndex;
import org.ddc.model.DdcPackage;
import org.ddc.model.Element;
import org.ddc.model.NetworkSwitch;
import org.ddc.model.PortConnection;
import org.ddc.model.Subnet;
import org.ddc.rules.MessageLists;
import org.ddc.rules.RuleContext;

/**
 * The check shared by IPD-4-14 and IPD-4-28: a storage device's management port is recorded (switch and subnet),
 * so that Table A-5 counts the network switch port it takes.
 */
final class ManagementPorts {
	private ManagementPorts() {
	}

	static void check(RuleContext context, Element device, String kind, PortConnection port) {
		String what = kind + " " + device.getName();
		if (port == null) {
			context.report(device, DdcPackage.Literals.ELEMENT__NAME, what + " records no management port: if it "
					+ "has one, add 'management-port switch <switch> subnets <subnet>' so that Table A-5 counts "
					+ "the network switch port it takes (suppress this finding if it has none)");
			return;
		}
		NetworkSwitch networkSwitch = port.getSwitch();
		List<Subnet> subnets = port.getSubnets();
		if (subnets.isEmpty()) {
			context.report(port, DdcPackage.Literals.PORT_CONNECTION__SUBNETS, "the management port of " + what
					+ " names no subnet: add 'subnets <management subnet>' so that Table A-5 counts it on that "
					+ "subnet");
			return;
		}
		if (!DesignIndex.live(networkSwitch)) {
			return;
		}
		for (int i = 0; i < subnets.size(); i++) {
			Subnet subnet = subnets.get(i);
			if (DesignIndex.live(subnet) && !subnet.getSwitches().isEmpty()
					&& !subnet.getSwitches().contains(networkSwitch)) {
				context.report(port, DdcPackage.Literals.PORT_CONNECTION__SUBNETS, i, "the management port of "
						+ what + " is on switch " + networkSwitch.getName() + " but subnet " + subnet.getName()
						+ " is assigned to " + MessageLists.names(subnet.getSwitches(), 5)
						+ ": add " + networkSwitch.getName() + " to the subnet's switches or move the port", null);
			}
		}
	}
}
