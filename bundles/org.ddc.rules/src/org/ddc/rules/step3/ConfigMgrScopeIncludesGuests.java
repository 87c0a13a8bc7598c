package org.ddc.rules.step3;

import java.util.List;
import java.util.Locale;

import org.ddc.analysis.ManagementScope;
import org.ddc.model.ConfigMgrSite;
import org.ddc.model.DdcPackage;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-3-32: as designed in the guide, Configuration Manager manages the hosts and management servers only, not the
 * guests (L293), so its scale limits are rarely reached. Reported once when guests are brought into its scope.
 */
public final class ConfigMgrScopeIncludesGuests extends Rule {

	public ConfigMgrScopeIncludesGuests() {
		super("IPD-3-32");
	}

	@Override
	public void check(RuleContext context) {
		List<ConfigMgrSite> sites = context.index().all(ConfigMgrSite.class);
		ManagementScope scope = ManagementScope.of(context.index());
		int guests = scope.guests();
		if (sites.isEmpty() || guests == 0) {
			return;
		}
		int hosts = scope.hosts();
		int servers = scope.managementServers();
		context.report(sites.get(0), DdcPackage.Literals.ELEMENT__NAME, String.format(Locale.ROOT,
				"Configuration Manager will manage %,d guest VMs besides %,d hosts and %,d management servers "
						+ "(%,d clients): the guide's design has it manage hosts and management servers only, so "
						+ "check the site against the Configuration Manager scale limits for this client count",
				guests, hosts, servers, guests + hosts + servers));
	}

	@Override
	public String firingExample() {
		return """
				design D { management { guests-in-scope all } }
				workload APP-1 { memory 4 GB instances 20 }
				configmgr-site SITE-1 { }
				""";
	}

	@Override
	public String passingExample() {
		return """
				design D { management { guests-in-scope none } }
				workload APP-1 { memory 4 GB instances 20 }
				configmgr-site SITE-1 { }
				""";
	}
}
