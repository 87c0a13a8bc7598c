package org.ddc.rules.step2;

import java.util.List;

import org.ddc.analysis.Demand;
import org.ddc.model.DdcPackage;
import org.ddc.model.HostDesign;
import org.ddc.model.Workload;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-2-06: fewer but more powerful servers mean more workloads affected by one outage (L156). Reported once per
 * host design that puts several VMs on a single host, the extreme of that trade-off: one outage stops them all.
 */
public final class FewBigHostsRisk extends Rule {
	public FewBigHostsRisk() {
		super("IPD-2-06");
	}

	@Override
	public void check(RuleContext context) {
		for (HostDesign host : context.index().all(HostDesign.class)) {
			int quantity = host.getQuantity();
			List<Workload> workloads = context.index().workloadsOn(host);
			int vms = Demand.total(workloads).vms();
			if (quantity != 1 || vms < 2) {
				continue;
			}
			context.report(host, DdcPackage.Literals.HOST_DESIGN__QUANTITY, "host design " + host.getName()
					+ " runs " + vms + " VMs of " + workloads.size() + " workload(s) on a single host, so one outage "
					+ "stops all of them: weigh more, smaller hosts against fewer, bigger ones, and standardize on one "
					+ "server model to simplify spares");
		}
	}

	@Override
	public String firingExample() {
		return """
				host-design HD-1 { quantity 1 memory 512 GB }
				workload APP { memory 16 GB instances 12 group GRP-1 }
				workload-group GRP-1 { host-design HD-1 }
				""";
	}

	@Override
	public String passingExample() {
		return """
				host-design HD-1 { quantity 4 memory 192 GB }
				workload APP { memory 16 GB instances 12 group GRP-1 }
				workload-group GRP-1 { host-design HD-1 }
				""";
	}
}
