package org.ddc.rules.step5;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ddc.analysis.DesignIndex;
import org.ddc.analysis.network.NetworkAnalysis;
import org.ddc.model.DdcPackage;
import org.ddc.model.Firewall;
import org.ddc.model.HostDesign;
import org.ddc.model.LoadBalancer;
import org.ddc.model.ManagementServer;
import org.ddc.model.NetworkAdapter;
import org.ddc.model.NetworkSwitch;
import org.ddc.model.NicTeam;
import org.ddc.model.PortConnection;
import org.ddc.model.Subnet;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * IPD-5-13: a device with redundant network connections does not put them all on one switch (L477): host NIC
 * teams, load balancer and firewall interfaces, and management servers with two or more interfaces.
 */
public final class RedundantConnectionsOnSeparateSwitches extends Rule {

	public RedundantConnectionsOnSeparateSwitches() {
		super("IPD-5-13");
	}

	@Override
	public void check(RuleContext context) {
		for (NicTeam team : context.index().all(NicTeam.class)) {
			List<PortConnection> ports = new ArrayList<>();
			team.getMembers().stream().filter(DesignIndex::live).map(NetworkAdapter::getPorts).forEach(ports::addAll);
			String host = team.eContainer() instanceof HostDesign h ? " of host design " + h.getName() : "";
			// a team's members are redundant for each other whatever subnets they carry
			check(context, team, DdcPackage.Literals.NIC_TEAM__MEMBERS, "team " + team.getName() + host, ports, "");
		}
		for (ManagementServer server : context.index().all(ManagementServer.class)) {
			check(context, server, DdcPackage.Literals.MANAGEMENT_SERVER__CONNECTIONS,
					"management server " + server.getName(), server.getConnections());
		}
		for (LoadBalancer lb : context.index().all(LoadBalancer.class)) {
			check(context, lb, DdcPackage.Literals.LOAD_BALANCER__INTERFACES, "load balancer " + lb.getName(),
					lb.getInterfaces());
		}
		for (Firewall fw : context.index().all(Firewall.class)) {
			check(context, fw, DdcPackage.Literals.FIREWALL__INTERFACES, "firewall " + fw.getName(),
					fw.getInterfaces());
		}
	}

	/**
	 * A device's interfaces are redundant for each other when they carry the same subnets: interfaces on different
	 * subnets (a management and a backup interface) serve different networks and are not a pair.
	 */
	private static void check(RuleContext context, EObject device, EStructuralFeature feature, String label,
			List<PortConnection> connections) {
		Map<String, List<PortConnection>> bySubnets = new LinkedHashMap<>();
		for (PortConnection connection : connections) {
			String subnets = String.join(", ", NetworkAnalysis.subnets(connection).stream().map(Subnet::getName).sorted().toList());
			bySubnets.computeIfAbsent(subnets, k -> new ArrayList<>()).add(connection);
		}
		bySubnets.forEach((subnets, group) -> check(context, device, feature, label, group, subnets));
	}

	private static void check(RuleContext context, EObject device, EStructuralFeature feature, String label,
			List<PortConnection> connections, String subnets) {
		long connected = connections.stream().filter(c -> DesignIndex.live(c.getSwitch())).count();
		Set<NetworkSwitch> switches = NetworkAnalysis.switches(connections);
		if (connected >= 2 && switches.size() == 1) {
			NetworkSwitch only = switches.iterator().next();
			context.report(device, feature, label + " has " + connected + " redundant connections"
					+ (subnets.isEmpty() ? "" : " on " + subnets) + ", all to switch "
					+ only.getName() + ", which is a single point of failure: connect one of them to "
					+ SwitchText.partnerOf(only));
		}
	}

	@Override
	public String firingExample() {
		return """
				switch SW-1 { ports 48 managed yes partner SW-2 }
				switch SW-2 { ports 48 managed yes partner SW-1 }
				management-server VMM-1 {
					roles vmm
					interface switch SW-1
					interface switch SW-1
				}
				""";
	}

	@Override
	public String passingExample() {
		return """
				switch SW-1 { ports 48 managed yes partner SW-2 }
				switch SW-2 { ports 48 managed yes partner SW-1 }
				management-server VMM-1 {
					roles vmm
					interface switch SW-1
					interface switch SW-2
				}
				""";
	}
}
