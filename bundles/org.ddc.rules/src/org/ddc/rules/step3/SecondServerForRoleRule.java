package org.ddc.rules.step3;

import org.ddc.analysis.ManagementScope;
import org.ddc.model.DdcPackage;
import org.ddc.model.ManagementRole;
import org.ddc.model.ManagementServer;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * A role that needs a second server for fault tolerance: reported when exactly one server has it (none at all is
 * IPD-3-07's finding).
 */
abstract class SecondServerForRoleRule extends Rule {
	private final ManagementRole role;
	private final String roleName;
	private final String advice;
	private final String fixLabel;

	SecondServerForRoleRule(String id, ManagementRole role, String roleName, String advice, String fixLabel) {
		super(id);
		this.role = role;
		this.roleName = roleName;
		this.advice = advice;
		this.fixLabel = fixLabel;
	}

	@Override
	public final void check(RuleContext context) {
		if (ManagementScope.of(context.index()).serversWithRole(role) != 1) {
			return;
		}
		ManagementServer server = context.index().serversWithRole(role).get(0);
		context.report(server, DdcPackage.Literals.MANAGEMENT_SERVER__ROLES, server.getRoles().indexOf(role),
				"management server " + server.getName() + " is the only " + roleName + ": " + advice,
				Fix.set("count", "2", fixLabel));
	}
}
