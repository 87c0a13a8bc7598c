package org.ddc.rules.step3;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ddc.analysis.DesignIndex;
import org.ddc.model.DdcPackage;
import org.ddc.model.OpsMgrGroup;
import org.ddc.model.ServiceCapability;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-3-42: the monitoring system provides reporting and auditing, infrastructure monitoring through hardware
 * vendor integration, remediation and dynamic resource management (L319-326; chargeback is optional). Declared on
 * the management group or its servers.
 */
public final class MonitoringCapabilities extends Rule {
	private static final List<String> REQUIRED = List.of(ServiceCapability.REPORTING_AUDITING,
			ServiceCapability.INFRASTRUCTURE_MONITORING, ServiceCapability.REMEDIATION,
			ServiceCapability.DYNAMIC_RESOURCE_MANAGEMENT).stream().map(ServiceCapability::getLiteral).toList();

	public MonitoringCapabilities() {
		super("IPD-3-42");
	}

	@Override
	public void check(RuleContext context) {
		for (OpsMgrGroup group : context.index().all(OpsMgrGroup.class)) {
			Set<String> provided = new HashSet<>();
			group.getCapabilities().forEach(c -> provided.add(c.getLiteral()));
			group.getServers().stream().filter(DesignIndex::live)
					.forEach(s -> s.getCapabilities().forEach(c -> provided.add(c.getLiteral())));
			Management.requireAll(context, group, group.getCapabilities().isEmpty()
					? DdcPackage.Literals.ELEMENT__NAME : DdcPackage.Literals.OPS_MGR_GROUP__CAPABILITIES,
					"management group " + group.getName(), "event monitoring", "capability", "capabilities",
					REQUIRED, provided);
		}
	}

	@Override
	public String firingExample() {
		return """
				opsmgr-group MG-1 { capabilities reporting-auditing, remediation }
				""";
	}

	@Override
	public String passingExample() {
		return """
				opsmgr-group MG-1 {
					capabilities reporting-auditing, infrastructure-monitoring, remediation, dynamic-resource-management
				}
				""";
	}
}
