package org.ddc.rules.step5;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ddc.analysis.DesignIndex;
import org.ddc.model.DdcPackage;
import org.ddc.model.Firewall;
import org.ddc.model.HostDesign;
import org.ddc.model.LoadBalancer;
import org.ddc.model.ManagementServer;
import org.ddc.model.NetworkAdapter;
import org.ddc.model.NicTeam;
import org.ddc.model.PortConnection;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-5-15: redundant sets of cables run along separate pathways (L477). Within one redundant set (the members of
 * a host team, the interfaces of a management server, load balancer or firewall), two connections to different
 * switches that declare the same 'pathway' share a single point of failure. Undeclared pathways are not judged.
 */
public final class RedundantCablesOnSeparatePathways extends Rule {

	public RedundantCablesOnSeparatePathways() {
		super("IPD-5-15");
	}

	@Override
	public void check(RuleContext context) {
		for (NicTeam team : context.index().all(NicTeam.class)) {
			List<PortConnection> ports = new ArrayList<>();
			team.getMembers().stream().filter(DesignIndex::live).map(NetworkAdapter::getPorts).forEach(ports::addAll);
			String host = team.eContainer() instanceof HostDesign h ? " of host design " + h.getName() : "";
			check(context, "team " + team.getName() + host, ports);
		}
		for (ManagementServer server : context.index().all(ManagementServer.class)) {
			check(context, "management server " + server.getName(), server.getConnections());
		}
		for (LoadBalancer lb : context.index().all(LoadBalancer.class)) {
			check(context, "load balancer " + lb.getName(), lb.getInterfaces());
		}
		for (Firewall fw : context.index().all(Firewall.class)) {
			check(context, "firewall " + fw.getName(), fw.getInterfaces());
		}
	}

	private static void check(RuleContext context, String label, List<PortConnection> connections) {
		Map<String, PortConnection> byPathway = new HashMap<>();
		for (PortConnection connection : connections) {
			String pathway = connection.getPathway();
			if (pathway == null || pathway.isBlank() || !DesignIndex.live(connection.getSwitch())) {
				continue;
			}
			PortConnection first = byPathway.putIfAbsent(pathway.trim(), connection);
			if (first != null && first.getSwitch() != connection.getSwitch()) {
				context.report(connection, DdcPackage.Literals.PORT_CONNECTION__PATHWAY, "the redundant connections of "
						+ label + " to switches " + first.getSwitch().getName() + " and "
						+ connection.getSwitch().getName() + " both run along pathway \"" + pathway.trim()
						+ "\": route redundant cables along separate pathways, fed from different sources");
				return;
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				switch SW-1 { ports 48 managed yes partner SW-2 }
				switch SW-2 { ports 48 managed yes partner SW-1 }
				host-design H {
					adapter NIC-A ports 1 speed 10 Gbps purpose guest-traffic { port 1 switch SW-1 pathway "tray-1" }
					adapter NIC-B ports 1 speed 10 Gbps purpose guest-traffic { port 1 switch SW-2 pathway "tray-1" }
					team T members NIC-A, NIC-B mode fault-tolerance
				}
				""";
	}

	@Override
	public String passingExample() {
		return """
				switch SW-1 { ports 48 managed yes partner SW-2 }
				switch SW-2 { ports 48 managed yes partner SW-1 }
				host-design H {
					adapter NIC-A ports 1 speed 10 Gbps purpose guest-traffic { port 1 switch SW-1 pathway "tray-1" }
					adapter NIC-B ports 1 speed 10 Gbps purpose guest-traffic { port 1 switch SW-2 pathway "tray-2" }
					team T members NIC-A, NIC-B mode fault-tolerance
				}
				""";
	}
}
