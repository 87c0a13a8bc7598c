package org.ddc.rules.limits;

import org.ddc.analysis.Demand;
import org.ddc.model.DdcPackage;
import org.ddc.model.Workload;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/** LIM-VM-VCPU: a VM's virtual CPUs stay within the platform maximum (seed 001 L175, L191, L893). */
public final class VmVirtualProcessors extends Rule {
	static final String KEY = "vm.vcpus";

	public VmVirtualProcessors() {
		super("LIM-VM-VCPU");
	}

	@Override
	public void check(RuleContext context) {
		ScaleLimits.Limit limit = LimitMath.stated(context, KEY);
		if (limit == null) {
			return;
		}
		for (Workload workload : context.index().all(Workload.class)) {
			if (Demand.inScope(workload) && workload.isSetVcpus() && workload.getVcpus() > limit.value()) {
				context.report(workload, DdcPackage.Literals.WORKLOAD__VCPUS, "workload " + workload.getName()
						+ " has " + workload.getVcpus() + " vCPUs per VM; " + LimitMath.platform(context)
						+ " supports at most " + limit.describe() + " per VM: spread the workload over more, smaller "
						+ "VMs or choose a later platform");
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				design D { platform hyperv-2008-r2 }
				workload SQL { vcpus 8 memory 32 GB }
				""";
	}

	@Override
	public String passingExample() {
		return """
				design D { platform hyperv-2008-r2 }
				workload SQL { instances 2 vcpus 4 memory 32 GB }
				""";
	}
}
