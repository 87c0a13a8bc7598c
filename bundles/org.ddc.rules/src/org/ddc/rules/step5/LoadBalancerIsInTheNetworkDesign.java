package org.ddc.rules.step5;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ddc.analysis.DesignIndex;
import org.ddc.analysis.network.NetworkAnalysis;
import org.ddc.model.DdcPackage;
import org.ddc.model.LoadBalancer;
import org.ddc.model.PortConnection;
import org.ddc.model.Subnet;
import org.ddc.model.Workload;
import org.ddc.rules.MessageLists;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-5-25: after adding load balancers the switch design is updated (L491): a hardware load balancer has
 * interfaces on the switches (so its ports count in Table A-5), and they reach the subnets of the workloads it
 * serves.
 */
public final class LoadBalancerIsInTheNetworkDesign extends Rule {

	public LoadBalancerIsInTheNetworkDesign() {
		super("IPD-5-25");
	}

	@Override
	public void check(RuleContext context) {
		for (LoadBalancer lb : context.index().all(LoadBalancer.class)) {
			if (!LoadBalancerCapabilityRule.hardware(lb)) {
				continue;
			}
			if (lb.getInterfaces().isEmpty()) {
				context.report(lb, DdcPackage.Literals.ELEMENT__NAME, "load balancer " + lb.getName()
						+ " has no interfaces, so its switch ports are missing from Table A-5: add its connections "
						+ "('interface switch … subnets …') and re-check the host adapters and switch ports");
				continue;
			}
			Set<Subnet> reached = new HashSet<>();
			for (PortConnection connection : lb.getInterfaces()) {
				reached.addAll(NetworkAnalysis.subnets(connection));
			}
			if (reached.isEmpty()) {
				continue;
			}
			List<String> unreached = lb.getServes().stream().filter(DesignIndex::live)
					.filter(w -> !w.getSubnets().isEmpty() && w.getSubnets().stream().noneMatch(reached::contains))
					.map(Workload::getName).toList();
			if (!unreached.isEmpty()) {
				context.report(lb, DdcPackage.Literals.LOAD_BALANCER__SERVES, "load balancer " + lb.getName()
						+ " serves " + MessageLists.sample(unreached, 5) + " but none of its interfaces is on their subnets: add "
						+ "an interface on those subnets (and the switch ports it needs)");
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				switch SW-1 { ports 48 managed yes }
				subnet NET-WEB { vlan 110 purpose guest-traffic switches SW-1 }
				subnet NET-APP { vlan 120 purpose guest-traffic switches SW-1 }
				workload WEB { instances 2 memory 4 GB subnets NET-WEB }
				load-balancer LB-1 { kind hardware quantity 2 serves WEB interface switch SW-1 subnets NET-APP }
				""";
	}

	@Override
	public String passingExample() {
		return """
				switch SW-1 { ports 48 managed yes }
				subnet NET-WEB { vlan 110 purpose guest-traffic switches SW-1 }
				subnet NET-APP { vlan 120 purpose guest-traffic switches SW-1 }
				workload WEB { instances 2 memory 4 GB subnets NET-WEB }
				load-balancer LB-1 { kind hardware quantity 2 serves WEB interface switch SW-1 subnets NET-WEB, NET-APP }
				""";
	}
}
