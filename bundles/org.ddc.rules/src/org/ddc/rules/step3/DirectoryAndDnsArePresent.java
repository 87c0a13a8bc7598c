package org.ddc.rules.step3;

import org.ddc.analysis.ManagementRoles;
import org.ddc.model.ManagementRole;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/** IPD-3-07: directory and authentication services (AD DS) and name resolution (DNS) are required (L237). */
public final class DirectoryAndDnsArePresent extends Rule {

	public DirectoryAndDnsArePresent() {
		super("IPD-3-07");
	}

	@Override
	public void check(RuleContext context) {
		boolean directory = ManagementRoles.anyServerWith(context.index(), ManagementRole.DOMAIN_CONTROLLER);
		boolean dns = ManagementRoles.anyServerWith(context.index(), ManagementRole.DNS);
		if (directory && dns) {
			return;
		}
		String missing = !directory && !dns ? "no domain controller and no DNS server"
				: !directory ? "no domain controller" : "no DNS server";
		String roles = !directory && !dns ? "roles domain-controller and dns" : !directory ? "role domain-controller"
				: "role dns (domain controllers may provide DNS)";
		Management.reportOnDesign(context, "the design has " + missing + ", which the hosts and the management "
				+ "infrastructure need for authentication and name resolution: add management servers with " + roles,
				null);
	}

	@Override
	public String firingExample() {
		return """
				design D { }
				management-server VMM-1 { roles vmm runs physical }
				""";
	}

	@Override
	public String passingExample() {
		return """
				design D { }
				management-server VMM-1 { roles vmm runs physical }
				management-server DC-1 { roles domain-controller, dns runs physical count 2 }
				""";
	}
}
