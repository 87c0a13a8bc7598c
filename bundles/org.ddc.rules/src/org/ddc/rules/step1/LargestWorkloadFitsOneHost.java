package org.ddc.rules.step1;

import org.ddc.analysis.Quantities;
import org.ddc.analysis.Demand;
import org.ddc.analysis.Sizing;
import org.ddc.model.DdcPackage;
import org.ddc.model.HostDesign;
import org.ddc.model.Workload;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-1-03: the largest single workload sets the minimum host size (L90). One instance (a VM) cannot span hosts,
 * so its memory, CPU and virtual processors must fit one host of its group's host design.
 */
public final class LargestWorkloadFitsOneHost extends Rule {

	public LargestWorkloadFitsOneHost() {
		super("IPD-1-03");
	}

	@Override
	public void check(RuleContext context) {
		for (Workload workload : context.index().all(Workload.class)) {
			HostDesign host = Workloads.hostDesignOf(workload);
			if (host == null || !Demand.inScope(workload)) {
				continue;
			}
			double usable = Sizing.usableMemoryMb(host, context.design());
			if (workload.getMemory() != null && host.getMemory() != null && workload.getMemory().base() > usable) {
				context.report(workload, DdcPackage.Literals.WORKLOAD__MEMORY, "workload " + workload.getName()
						+ " needs " + workload.getMemory() + " per instance but one host of " + host.getName()
						+ " offers " + Quantities.size(usable) + " to virtual machines (" + host.getMemory()
						+ " less " + Quantities.size(Sizing.hostReserveMb(context.design())) + " for the parent partition): "
						+ "a VM cannot span hosts — use hosts with more memory or split the workload");
			}
			double capacity = Sizing.cpuCapacityPercent(host, context.design());
			if (workload.getCpu() != null && !Double.isNaN(capacity) && workload.getCpu().base() > capacity) {
				context.report(workload, DdcPackage.Literals.WORKLOAD__CPU, "workload " + workload.getName()
						+ " needs " + workload.getCpu() + " of the reference CPU per instance but one host of "
						+ host.getName() + " offers " + Quantities.number(Math.floor(capacity)) + " %: use hosts "
						+ "with more or faster cores or split the workload");
			}
			int logical = Sizing.logicalProcessors(host);
			if (workload.isSetVcpus() && logical > 0 && workload.getVcpus() > logical) {
				context.report(workload, DdcPackage.Literals.WORKLOAD__VCPUS, "workload " + workload.getName()
						+ " has " + workload.getVcpus() + " virtual processors but one host of " + host.getName()
						+ " has " + logical + " logical processors: reduce the vCPUs or use larger hosts");
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				design D { platform hyperv-2012-r2 }
				host-design H { quantity 2 memory 128 GB cpu 2 x 8 cores 2.6 GHz }
				workload-group G { host-design H }
				workload SQL-1 { memory 192 GB group G }
				""";
	}

	@Override
	public String passingExample() {
		return """
				design D { platform hyperv-2012-r2 }
				host-design H { quantity 2 memory 256 GB cpu 2 x 8 cores 2.6 GHz }
				workload-group G { host-design H }
				workload SQL-1 { memory 192 GB group G }
				""";
	}
}
