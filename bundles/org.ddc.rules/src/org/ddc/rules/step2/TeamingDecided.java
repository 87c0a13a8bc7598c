package org.ddc.rules.step2;

import java.util.HashSet;

import org.ddc.model.DdcPackage;
import org.ddc.model.HostDesign;
import org.ddc.model.NicTeam;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-2-28: decide which connections are teamed, where two or more adapters form a team for fault tolerance or
 * load balancing (L185): every team states its mode and has at least two distinct member adapters.
 */
public final class TeamingDecided extends Rule {

	public TeamingDecided() {
		super("IPD-2-28");
	}

	@Override
	public void check(RuleContext context) {
		for (HostDesign host : context.index().all(HostDesign.class)) {
			for (NicTeam team : host.getTeams()) {
				int members = new HashSet<>(team.getMembers()).size();
				if (members < 2) {
					context.report(team, DdcPackage.Literals.NIC_TEAM__MEMBERS, "team " + team.getName()
							+ " of host design " + host.getName() + " has " + members
							+ " member adapter: a team needs two or more adapters to tolerate one failing");
				}
				if (!team.isSetMode()) {
					context.report(team, DdcPackage.Literals.NIC_TEAM__NAME, "team " + team.getName()
							+ " of host design " + host.getName() + " does not say what it is for: add 'mode "
							+ "fault-tolerance' (one adapter takes over) or 'mode load-balancing' (traffic spread "
							+ "over all adapters)");
				}
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				host-design HD-1 {
					memory 256 GB
					adapter NIC-A ports 1 purpose guest-traffic vlan-tagging
					adapter NIC-B ports 1 purpose guest-traffic vlan-tagging
					team TEAM-GUEST members NIC-A, NIC-B
				}
				""";
	}

	@Override
	public String passingExample() {
		return """
				host-design HD-1 {
					memory 256 GB
					adapter NIC-A ports 1 purpose guest-traffic vlan-tagging
					adapter NIC-B ports 1 purpose guest-traffic vlan-tagging
					team TEAM-GUEST members NIC-A, NIC-B mode fault-tolerance
				}
				""";
	}
}
