package org.ddc.rules.step3;

import org.ddc.analysis.ManagementScope;
import org.ddc.model.DdcPackage;
import org.ddc.model.ManagementRole;
import org.ddc.model.ManagementServer;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-3-17: domain controllers may also provide DNS (L247). Reported for each domain controller without the DNS
 * role while the design has fewer than two DNS servers.
 */
public final class DomainControllersMayProvideDns extends Rule {

	public DomainControllersMayProvideDns() {
		super("IPD-3-17");
	}

	@Override
	public void check(RuleContext context) {
		int dnsServers = ManagementScope.of(context.index()).serversWithRole(ManagementRole.DNS);
		if (dnsServers >= 2) {
			return;
		}
		for (ManagementServer server : context.index().serversWithRole(ManagementRole.DOMAIN_CONTROLLER)) {
			if (!server.getRoles().contains(ManagementRole.DNS)) {
				context.report(server, DdcPackage.Literals.MANAGEMENT_SERVER__ROLES,
						server.getRoles().indexOf(ManagementRole.DOMAIN_CONTROLLER), "domain controller "
								+ server.getName() + " does not run DNS while the design has " + dnsServers
								+ " DNS server" + (dnsServers == 1 ? "" : "s") + ": domain controllers may also "
								+ "provide DNS — add dns to its roles",
						Fix.add("roles", "dns", "Run DNS on this domain controller"));
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				management-server DC-1 { roles domain-controller runs physical count 2 }
				""";
	}

	@Override
	public String passingExample() {
		return """
				management-server DC-1 { roles domain-controller, dns runs physical count 2 }
				""";
	}
}
