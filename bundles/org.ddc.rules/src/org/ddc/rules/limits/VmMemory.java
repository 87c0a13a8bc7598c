package org.ddc.rules.limits;

import org.ddc.analysis.Demand;
import org.ddc.model.DdcPackage;
import org.ddc.model.Workload;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/** LIM-VM-MEM: a VM's memory stays within the platform maximum (seed 001 L175, L181, L192). */
public final class VmMemory extends Rule {
	static final String KEY = "vm.memory";

	public VmMemory() {
		super("LIM-VM-MEM");
	}

	@Override
	public void check(RuleContext context) {
		ScaleLimits.Limit limit = LimitMath.stated(context, KEY);
		if (limit == null) {
			return;
		}
		for (Workload workload : context.index().all(Workload.class)) {
			if (Demand.inScope(workload) && workload.getMemory() != null
					&& workload.getMemory().base() > LimitMath.base(limit)) {
				context.report(workload, DdcPackage.Literals.WORKLOAD__MEMORY, "workload " + workload.getName()
						+ " needs " + workload.getMemory() + " per VM; " + LimitMath.platform(context)
						+ " supports at most " + limit.describe() + " per VM: spread the workload over more VMs or "
						+ "choose a later platform");
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				design D { platform hyperv-2008-r2 }
				workload SQL { vcpus 4 memory 96 GB }
				""";
	}

	@Override
	public String passingExample() {
		return """
				design D { platform hyperv-2008-r2 }
				workload SQL { instances 2 vcpus 4 memory 48 GB }
				""";
	}
}
