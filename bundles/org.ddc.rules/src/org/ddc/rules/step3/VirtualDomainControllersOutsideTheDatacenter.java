package org.ddc.rules.step3;

import org.ddc.model.DdcPackage;
import org.ddc.model.ManagementRole;
import org.ddc.model.ManagementServer;
import org.ddc.model.ServerPlacement;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/** IPD-3-11: virtualized domain controllers run in a separate virtual environment outside the datacenter (L245). */
public final class VirtualDomainControllersOutsideTheDatacenter extends Rule {

	public VirtualDomainControllersOutsideTheDatacenter() {
		super("IPD-3-11");
	}

	@Override
	public void check(RuleContext context) {
		for (ManagementServer server : context.index().serversWithRole(ManagementRole.DOMAIN_CONTROLLER)) {
			if (server.isSetRuns() && server.getRuns() == ServerPlacement.VIRTUAL_INSIDE) {
				context.report(server, DdcPackage.Literals.MANAGEMENT_SERVER__RUNS, "domain controller "
						+ server.getName() + " is virtualized inside the Dynamic Datacenter it serves: run it in a "
						+ "separate virtual environment outside the datacenter ('runs virtual-outside') or on a "
						+ "physical server", Fix.set("runs", "virtual-outside", "Run it outside the datacenter"));
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				management-server DC-1 { roles domain-controller, dns runs virtual-inside count 2 }
				""";
	}

	@Override
	public String passingExample() {
		return """
				management-server DC-1 { roles domain-controller, dns runs virtual-outside count 2 }
				""";
	}
}
