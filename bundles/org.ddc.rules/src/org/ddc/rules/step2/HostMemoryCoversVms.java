package org.ddc.rules.step2;

import org.ddc.analysis.Quantities;
import org.ddc.analysis.Demand;
import org.ddc.analysis.Sizing;
import org.ddc.model.DdcPackage;
import org.ddc.model.HostDesign;
import org.ddc.model.Workload;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-2-10: an ample amount of RAM is available for the virtual machines on each host (L163). Reported when the
 * peak memory of the VMs does not fit the hosts at all (before any buffer, growth or failover reserve, which
 * IPD-2-04 adds), or when one VM is larger than the memory a host offers to VMs.
 */
public final class HostMemoryCoversVms extends Rule {

	public HostMemoryCoversVms() {
		super("IPD-2-10");
	}

	@Override
	public void check(RuleContext context) {
		for (HostDesign host : context.index().all(HostDesign.class)) {
			double usable = Sizing.usableMemoryMb(host, context.design());
			if (host.getMemory() == null || host.getQuantity() < 1) {
				continue;
			}
			double total = 0;
			for (Workload workload : context.index().workloadsOn(host)) {
				double perVm = workload.getMemory() == null ? 0 : workload.getMemory().base();
				total += Demand.of(workload).memoryMb();
				if (perVm > usable) {
					context.report(workload, DdcPackage.Literals.WORKLOAD__MEMORY, "workload " + workload.getName()
							+ " needs " + Quantities.size(perVm) + " per VM but a host of host design " + host.getName()
							+ " offers " + Quantities.size(usable) + " to VMs (" + Quantities.size(host.getMemory().base())
							+ " less " + Quantities.size(Sizing.hostReserveMb(context.design()))
							+ " for the parent partition): use hosts with more memory or split the workload");
				}
			}
			double offered = host.getQuantity() * usable;
			if (total > offered && usable > 0) {
				int needed = (int) Math.ceil(total / usable);
				context.report(host, DdcPackage.Literals.HOST_DESIGN__QUANTITY, "the VMs on host design "
						+ host.getName() + " need " + Quantities.size(total) + " of memory at peak but its "
						+ host.getQuantity() + " host(s) offer " + Quantities.size(offered) + " ("
						+ Quantities.size(usable) + " each after " + Quantities.size(Sizing.hostReserveMb(context.design()))
						+ " for the parent partition), before any buffer or failover reserve: set 'quantity " + needed
						+ "' or more, or use hosts with more memory",
						Fix.set("quantity", String.valueOf(needed), "Deploy " + needed + " hosts"));
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				host-design HD-1 { quantity 2 memory 128 GB }
				workload SQL { memory 96 GB instances 3 group GRP-1 }
				workload-group GRP-1 { host-design HD-1 }
				""";
	}

	@Override
	public String passingExample() {
		return """
				host-design HD-1 { quantity 3 memory 128 GB }
				workload SQL { memory 96 GB instances 3 group GRP-1 }
				workload-group GRP-1 { host-design HD-1 }
				""";
	}
}
