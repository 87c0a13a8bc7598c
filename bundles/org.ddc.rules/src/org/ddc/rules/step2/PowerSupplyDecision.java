package org.ddc.rules.step2;

import org.ddc.analysis.sizing.HostClustering;
import org.ddc.model.DdcPackage;
import org.ddc.model.HostDesign;
import org.ddc.model.PowerSupplies;
import org.ddc.model.Workload;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-2-12: decide whether each host gets redundant power supplies or relies on other fault-tolerance mechanisms
 * such as clustering (L164). Reported when a host design does not declare its power supplies, and (inferred) when
 * a host design with a single power path is not clustered yet carries workloads that require fault tolerance.
 */
public final class PowerSupplyDecision extends Rule {

	public PowerSupplyDecision() {
		super("IPD-2-12");
	}

	@Override
	public void check(RuleContext context) {
		for (HostDesign host : context.index().all(HostDesign.class)) {
			PowerSupplies supplies = host.getPowerSupplies();
			if (supplies == null) {
				context.report(host, DdcPackage.Literals.ELEMENT__NAME, "host design " + host.getName()
						+ " does not say whether its power supplies are redundant: declare 'power-supplies 2 redundant' "
						+ "(on separate feeds) or 'power-supplies 1' if clustering covers a power failure",
						Fix.set("power-supplies", "2 redundant", "Use redundant power supplies"));
				continue;
			}
			if (supplies.isRedundant() && supplies.getCount() >= 2
					|| HostClustering.declaredOrRequired(host, context.index())) {
				continue;
			}
			Workload critical = context.index().workloadsOn(host).stream()
					.filter(w -> w.isSetFaultToleranceRequired() && w.isFaultToleranceRequired()).findFirst()
					.orElse(null);
			if (critical != null) {
				context.report(host, DdcPackage.Literals.DEVICE__POWER_SUPPLIES, "host design " + host.getName()
						+ " has no redundant power supplies and is not clustered, yet carries workloads that require "
						+ "fault tolerance (such as " + critical.getName() + "): use redundant power supplies or "
						+ "cluster the hosts", Fix.set("power-supplies", "2 redundant", "Use redundant power supplies"));
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				host-design HD-1 { quantity 2 memory 256 GB }
				""";
	}

	@Override
	public String passingExample() {
		return """
				host-design HD-1 { quantity 2 memory 256 GB power-supplies 1 }
				""";
	}
}
