package org.ddc.rules.limits;

import org.ddc.analysis.Demand;
import org.ddc.model.DdcPackage;
import org.ddc.model.Workload;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/** LIM-VDISK-COUNT: a VM has no more virtual disks than the platform supports (seed 001 L293). */
public final class VirtualDisksPerVm extends Rule {
	static final String KEY = "vm.virtualDisks";

	public VirtualDisksPerVm() {
		super("LIM-VDISK-COUNT");
	}

	@Override
	public void check(RuleContext context) {
		ScaleLimits.Limit limit = LimitMath.stated(context, KEY);
		if (limit == null) {
			return;
		}
		for (Workload workload : context.index().all(Workload.class)) {
			int disks = workload.getVirtualDisks().size();
			if (Demand.inScope(workload) && disks > limit.value()) {
				context.report(workload, DdcPackage.Literals.WORKLOAD__VIRTUAL_DISKS, "workload " + workload.getName()
						+ " has " + disks + " virtual disks per VM; " + LimitMath.platform(context)
						+ " supports at most " + limit.describe() + " per VM: use fewer, larger disks");
			}
		}
	}

	@Override
	public String firingExample() {
		StringBuilder disks = new StringBuilder();
		for (int i = 1; i <= 257; i++) {
			disks.append(i % 8 == 1 ? "\n\t" : " ").append("virtual-disk D").append(i).append(" 10 GB vhdx");
		}
		return "design D { platform hyperv-2012-r2 }\nworkload FS {\n\tmemory 16 GB" + disks + "\n}\n";
	}

	@Override
	public String passingExample() {
		return """
				design D { platform hyperv-2012-r2 }
				workload FS { memory 16 GB virtual-disk D1 2570 GB vhdx }
				""";
	}
}
