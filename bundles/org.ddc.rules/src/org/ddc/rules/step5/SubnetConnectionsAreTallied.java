package org.ddc.rules.step5;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ddc.model.DdcPackage;
import org.ddc.model.NicPurpose;
import org.ddc.model.Subnet;
import org.ddc.model.Workload;
import org.ddc.rules.MessageLists;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-5-12: the connections of every subnet are tallied into Table A-5 (L476). A subnet that no device port is
 * connected to has nothing to tally: a guest subnet that workloads use but no host reaches, or a leftover.
 * iSCSI subnets are skipped, as iSCSI host bus adapters connect to storage switches without naming subnets.
 */
public final class SubnetConnectionsAreTallied extends Rule {

	public SubnetConnectionsAreTallied() {
		super("IPD-5-12");
	}

	@Override
	public void check(RuleContext context) {
		Set<Subnet> connected = context.analysis().network().subnetSwitches().keySet();
		Map<Subnet, List<String>> users = new java.util.IdentityHashMap<>();
		for (Workload workload : context.index().all(Workload.class)) {
			for (Subnet subnet : workload.getSubnets()) {
				users.computeIfAbsent(subnet, s -> new ArrayList<>()).add(workload.getName());
			}
		}
		for (Subnet subnet : context.index().all(Subnet.class)) {
			if (connected.contains(subnet) || subnet.isSetPurpose() && subnet.getPurpose() == NicPurpose.ISCSI) {
				continue;
			}
			List<String> workloads = users.getOrDefault(subnet, List.of());
			context.report(subnet, DdcPackage.Literals.ELEMENT__NAME, "subnet " + subnet.getName()
					+ " has no connections, so Table A-5 counts 0 ports for it"
					+ (workloads.isEmpty() ? ": connect the adapters or interfaces that serve it, or remove it"
							: " although workloads " + MessageLists.sample(workloads, 3) + " use it: connect host adapter ports to it ('port … subnets " + subnet.getName()
									+ "')"));
		}
	}

	@Override
	public String firingExample() {
		return """
				subnet NET-WEB { vlan 110 purpose guest-traffic switches SW-1 }
				switch SW-1 { ports 48 managed yes }
				workload WEB { memory 4 GB subnets NET-WEB }
				""";
	}

	@Override
	public String passingExample() {
		return """
				subnet NET-WEB { vlan 110 purpose guest-traffic switches SW-1 }
				switch SW-1 { ports 48 managed yes }
				workload WEB { memory 4 GB subnets NET-WEB }
				host-design H {
					adapter NIC-G ports 1 speed 10 Gbps purpose guest-traffic { port 1 switch SW-1 subnets NET-WEB }
				}
				""";
	}
}
