package org.ddc.rules.step3;

import org.ddc.model.DdcPackage;
import org.ddc.model.ManagementRole;
import org.ddc.model.ManagementServer;
import org.ddc.model.ServerPlacement;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/** IPD-3-12: virtual domain controllers bring extra requirements (L245, KB 888794 at L369). */
public final class VirtualDomainControllersNeedCare extends Rule {

	public VirtualDomainControllersNeedCare() {
		super("IPD-3-12");
	}

	@Override
	public void check(RuleContext context) {
		for (ManagementServer server : context.index().serversWithRole(ManagementRole.DOMAIN_CONTROLLER)) {
			if (server.isSetRuns() && server.getRuns() != ServerPlacement.PHYSICAL) {
				context.report(server, DdcPackage.Literals.MANAGEMENT_SERVER__RUNS, "domain controller "
						+ server.getName() + " is virtual: a virtualized domain controller adds requirements (time "
						+ "synchronization, no snapshots or VHD copies that roll back the directory): follow "
						+ "KB 888794 when designing it");
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				management-server DC-1 { roles domain-controller, dns runs virtual-outside count 2 }
				""";
	}

	@Override
	public String passingExample() {
		return """
				management-server DC-1 { roles domain-controller, dns runs physical count 2 }
				""";
	}
}
