package org.ddc.rules.step3;

import org.ddc.analysis.DesignIndex;
import org.ddc.model.DdcPackage;
import org.ddc.model.OpsMgrGroup;
import org.ddc.model.ServiceCapability;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/** IPD-3-48: the optional Service Level Dashboard monitors business-critical applications (L333). */
public final class ServiceLevelDashboard extends Rule {

	public ServiceLevelDashboard() {
		super("IPD-3-48");
	}

	@Override
	public void check(RuleContext context) {
		for (OpsMgrGroup group : context.index().all(OpsMgrGroup.class)) {
			boolean dashboard = group.getCapabilities().contains(ServiceCapability.SERVICE_LEVEL_DASHBOARD)
					|| group.getServers().stream().filter(DesignIndex::live)
							.anyMatch(s -> s.getCapabilities().contains(ServiceCapability.SERVICE_LEVEL_DASHBOARD));
			if (!dashboard) {
				context.report(group, group.getCapabilities().isEmpty() ? DdcPackage.Literals.ELEMENT__NAME
						: DdcPackage.Literals.OPS_MGR_GROUP__CAPABILITIES, "management group " + group.getName()
								+ " has no Service Level Dashboard: the optional dashboard shows business-critical "
								+ "applications against their service levels — add service-level-dashboard to its "
								+ "capabilities if the business wants it",
						Fix.add("capabilities", "service-level-dashboard", "Add the Service Level Dashboard"));
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				opsmgr-group MG-1 { capabilities reporting-auditing }
				""";
	}

	@Override
	public String passingExample() {
		return """
				opsmgr-group MG-1 { capabilities reporting-auditing, service-level-dashboard }
				""";
	}
}
