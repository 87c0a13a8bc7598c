package org.ddc.rules.step2;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.ddc.analysis.DesignIndex;
import org.ddc.model.DdcPackage;
import org.ddc.model.HostDesign;
import org.ddc.model.NetworkAdapter;
import org.ddc.model.NetworkSwitch;
import org.ddc.model.NicTeam;
import org.ddc.model.PortConnection;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-2-29: teamed connections are distributed among multiple switches to eliminate single points of failure
 * (L185): the port connections of a team's members reach at least two distinct switches. Teams whose members have
 * no port connections are left to IPD-2-30; teams with unresolved members or switches are not judged.
 */
public final class TeamMembersOnDifferentSwitches extends Rule {

	public TeamMembersOnDifferentSwitches() {
		super("IPD-2-29");
	}

	@Override
	public void check(RuleContext context) {
		for (HostDesign host : context.index().all(HostDesign.class)) {
			for (NicTeam team : host.getTeams()) {
				Set<String> switches = new LinkedHashSet<>();
				Map<String, NetworkSwitch> partners = new HashMap<>();
				boolean unknown = false;
				for (NetworkAdapter member : team.getMembers()) {
					if (!DesignIndex.live(member)) {
						unknown = true;
						continue;
					}
					for (PortConnection port : member.getPorts()) {
						if (port.getSwitch() != null && port.getSwitch().eIsProxy()
								|| port.getStorageSwitch() != null && port.getStorageSwitch().eIsProxy()) {
							unknown = true;
						} else if (DesignIndex.live(port.getSwitch())) {
							switches.add(port.getSwitch().getName());
							if (DesignIndex.live(port.getSwitch().getPartner())) {
								partners.put(port.getSwitch().getName(), port.getSwitch().getPartner());
							}
						} else if (DesignIndex.live(port.getStorageSwitch())) {
							switches.add(port.getStorageSwitch().getName());
						}
					}
				}
				if (switches.size() == 1 && !unknown) {
					String only = switches.iterator().next();
					NetworkSwitch partner = partners.get(only);
					context.report(team, DdcPackage.Literals.NIC_TEAM__MEMBERS, "all members of team " + team.getName()
							+ " of host design " + host.getName() + " connect to switch " + only
							+ ", a single point of failure: connect one member to "
							+ (partner != null ? "its partner switch " + partner.getName() : "a second switch"));
				}
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				switch SW-A { ports 48 partner SW-B }
				switch SW-B { ports 48 partner SW-A }
				host-design HD-1 {
					memory 256 GB
					adapter NIC-A ports 1 purpose guest-traffic vlan-tagging { port 1 switch SW-A }
					adapter NIC-B ports 1 purpose guest-traffic vlan-tagging { port 1 switch SW-A }
					team TEAM-GUEST members NIC-A, NIC-B mode load-balancing
				}
				""";
	}

	@Override
	public String passingExample() {
		return """
				switch SW-A { ports 48 partner SW-B }
				switch SW-B { ports 48 partner SW-A }
				host-design HD-1 {
					memory 256 GB
					adapter NIC-A ports 1 purpose guest-traffic vlan-tagging { port 1 switch SW-A }
					adapter NIC-B ports 1 purpose guest-traffic vlan-tagging { port 1 switch SW-B }
					team TEAM-GUEST members NIC-A, NIC-B mode load-balancing
				}
				""";
	}
}
