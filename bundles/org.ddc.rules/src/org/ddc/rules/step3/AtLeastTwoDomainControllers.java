package org.ddc.rules.step3;

import org.ddc.analysis.ManagementScope;
import org.ddc.model.DdcPackage;
import org.ddc.model.ManagementRole;
import org.ddc.model.ManagementServer;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/** IPD-3-10: at least two domain controllers, for fault tolerance (L240, L245). None at all is IPD-3-07. */
public final class AtLeastTwoDomainControllers extends Rule {

	public AtLeastTwoDomainControllers() {
		super("IPD-3-10");
	}

	@Override
	public void check(RuleContext context) {
		if (ManagementScope.of(context.index()).serversWithRole(ManagementRole.DOMAIN_CONTROLLER) != 1) {
			return;
		}
		ManagementServer server = context.index().serversWithRole(ManagementRole.DOMAIN_CONTROLLER).get(0);
		context.report(server, DdcPackage.Literals.MANAGEMENT_SERVER__ROLES,
				server.getRoles().indexOf(ManagementRole.DOMAIN_CONTROLLER), "management server " + server.getName()
						+ " is the only domain controller: add a second one for fault tolerance (two handle the "
						+ "authentication of most initial Dynamic Datacenters)",
				Fix.set("count", "2", "Run two domain controllers"));
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
				management-server DC-1 { roles domain-controller, dns runs physical count 2 }
				""";
	}
}
