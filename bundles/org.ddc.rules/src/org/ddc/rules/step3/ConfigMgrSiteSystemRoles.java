package org.ddc.rules.step3;

import java.util.Arrays;
import java.util.List;

import org.ddc.model.ConfigMgrSite;
import org.ddc.model.DdcPackage;
import org.ddc.model.SiteSystemRole;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/** IPD-3-30: a Configuration Manager site has the ten site system roles the guide requires (L279-289). */
public final class ConfigMgrSiteSystemRoles extends Rule {
	private static final List<String> REQUIRED = Arrays.stream(SiteSystemRole.values())
			.map(SiteSystemRole::getLiteral).toList();

	public ConfigMgrSiteSystemRoles() {
		super("IPD-3-30");
	}

	@Override
	public void check(RuleContext context) {
		for (ConfigMgrSite site : context.index().all(ConfigMgrSite.class)) {
			Management.requireAll(context, site, site.getSiteRoles().isEmpty() ? DdcPackage.Literals.ELEMENT__NAME
					: DdcPackage.Literals.CONFIG_MGR_SITE__SITE_ROLES, "configmgr-site " + site.getName(),
					"the Dynamic Datacenter", "site system role", "site-roles", REQUIRED,
					site.getSiteRoles().stream().map(SiteSystemRole::getLiteral).toList());
		}
	}

	@Override
	public String firingExample() {
		return """
				configmgr-site SITE-1 {
					site-roles operating-system-deployment, software-distribution, software-updates,
						hardware-inventory, software-inventory, asset-intelligence, desired-configuration-management,
						wake-on-lan, out-of-band-management
				}
				""";
	}

	@Override
	public String passingExample() {
		return """
				configmgr-site SITE-1 {
					site-roles operating-system-deployment, software-distribution, software-updates,
						hardware-inventory, software-inventory, asset-intelligence, desired-configuration-management,
						wake-on-lan, out-of-band-management, remote-control
				}
				""";
	}
}
