package org.ddc.rules.step3;

import org.ddc.analysis.ManagementScope;
import org.ddc.model.DdcPackage;
import org.ddc.model.ManagementRole;
import org.ddc.model.ManagementServer;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/** IPD-3-08: more than one DNS server exists, for fault tolerance (L239). No DNS at all is IPD-3-07. */
public final class AtLeastTwoDnsServers extends Rule {

	public AtLeastTwoDnsServers() {
		super("IPD-3-08");
	}

	@Override
	public void check(RuleContext context) {
		if (ManagementScope.of(context.index()).serversWithRole(ManagementRole.DNS) != 1) {
			return;
		}
		ManagementServer server = context.index().serversWithRole(ManagementRole.DNS).get(0);
		context.report(server, DdcPackage.Literals.MANAGEMENT_SERVER__ROLES,
				server.getRoles().indexOf(ManagementRole.DNS), "management server " + server.getName()
						+ " is the only DNS server: add a second DNS server for fault tolerance (for example a "
						+ "second domain controller with the dns role, or 'count 2')",
				Fix.set("count", "2", "Run two of these servers"));
	}

	@Override
	public String firingExample() {
		return """
				management-server DC-1 { roles domain-controller, dns runs physical }
				""";
	}

	@Override
	public String passingExample() {
		return """
				management-server DC-1 { roles domain-controller, dns runs physical }
				management-server DC-2 { roles domain-controller, dns runs physical }
				""";
	}
}
