package org.ddc.rules.step3;

import java.util.List;
import java.util.Locale;

import org.ddc.analysis.ManagementScope;
import org.ddc.model.DdcPackage;
import org.ddc.model.OpsMgrGroup;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;
import org.ddc.rules.limits.ScaleLimits;

/**
 * IPD-3-45: an Operations Manager management group serves at most 6,000 agents (L330). Agents are counted as
 * Table A-4 "Monitored by OpsMgr": hosts, guests in management scope and management servers. The limit comes from
 * the limits catalog (opsmgr.agents), which cites the guide.
 */
public final class OpsMgrAgentsPerManagementGroup extends Rule {
	static final String AGENTS = "opsmgr.agents";

	public OpsMgrAgentsPerManagementGroup() {
		super("IPD-3-45");
	}

	@Override
	public void check(RuleContext context) {
		List<OpsMgrGroup> groups = context.index().all(OpsMgrGroup.class);
		if (groups.isEmpty()) {
			return; // no monitoring at all: IPD-3-01
		}
		ScaleLimits.Limit limit = context.limits().get(AGENTS);
		int maxAgents = limit.value().intValue();
		ManagementScope scope = ManagementScope.of(context.index());
		int agents = scope.opsMgrAgents();
		int needed = (agents + maxAgents - 1) / maxAgents;
		if (groups.size() >= needed) {
			return;
		}
		context.report(groups.get(0), DdcPackage.Literals.ELEMENT__NAME, String.format(Locale.ROOT,
				"Operations Manager monitors %,d agents (%,d hosts, %,d guests in management scope, %,d management "
						+ "servers) with %d management group%s; one group supports at most %,d agents (%s): "
						+ "%d management groups are needed",
				agents, scope.hosts(), scope.guests(), scope.managementServers(), groups.size(),
				groups.size() == 1 ? "" : "s", maxAgents, limit.citation().inline(), needed));
	}

	@Override
	public String firingExample() {
		return """
				host-design HD-1 { quantity 6001 }
				opsmgr-group MG-1 { }
				""";
	}

	@Override
	public String passingExample() {
		return """
				host-design HD-1 { quantity 6001 }
				opsmgr-group MG-1 { reason "more than 6,000 agents" }
				opsmgr-group MG-2 { reason "more than 6,000 agents" }
				""";
	}
}
