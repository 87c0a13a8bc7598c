package org.ddc.rules.step3;

import org.ddc.analysis.ManagementRoles;
import org.ddc.model.ConfigMgrSite;
import org.ddc.model.ManagementRole;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/** IPD-3-27: a system deploys, patches and upgrades the hypervisor (L268). */
public final class HypervisorDeploymentSystemExists extends Rule {

	public HypervisorDeploymentSystemExists() {
		super("IPD-3-27");
	}

	@Override
	public void check(RuleContext context) {
		if (context.index().all(ConfigMgrSite.class).isEmpty()
				&& !ManagementRoles.anyServerWith(context.index(), ManagementRole.CONFIG_MGR, ManagementRole.MDT)) {
			Management.reportOnDesign(context, "nothing deploys, patches and upgrades the hypervisor: add a "
					+ "Configuration Manager site (configmgr-site and a management server with role "
					+ "configuration-manager), with MDT (role mdt) for bare-metal deployment of the hosts", null);
		}
	}

	@Override
	public String firingExample() {
		return """
				design D { }
				""";
	}

	@Override
	public String passingExample() {
		return """
				design D { }
				management-server CM-1 { roles configuration-manager runs physical }
				configmgr-site SITE-1 { servers CM-1 }
				""";
	}
}
