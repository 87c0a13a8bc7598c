package org.ddc.rules.step3;

import java.util.List;

import org.ddc.model.ConfigMgrSite;
import org.ddc.model.DdcPackage;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/** IPD-3-31: one Configuration Manager site (L290). */
public final class OneConfigMgrSite extends Rule {

	public OneConfigMgrSite() {
		super("IPD-3-31");
	}

	@Override
	public void check(RuleContext context) {
		List<ConfigMgrSite> sites = context.index().all(ConfigMgrSite.class);
		for (ConfigMgrSite site : sites.subList(Math.min(1, sites.size()), sites.size())) {
			context.report(site, DdcPackage.Literals.ELEMENT__NAME, "the design has " + sites.size()
					+ " Configuration Manager sites; one site serves a Dynamic Datacenter: merge " + site.getName()
					+ " into " + sites.get(0).getName());
		}
	}

	@Override
	public String firingExample() {
		return """
				configmgr-site SITE-1 { }
				configmgr-site SITE-2 { }
				""";
	}

	@Override
	public String passingExample() {
		return """
				configmgr-site SITE-1 { }
				""";
	}
}
