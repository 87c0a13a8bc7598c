package org.ddc.rules.limits;

import org.ddc.analysis.Quantities;
import org.ddc.analysis.Demand;
import org.ddc.model.DdcPackage;
import org.ddc.model.Workload;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * LIM-VFC: a VM has at most four virtual Fibre Channel adapters (seed 001 L427), and virtual Fibre Channel needs
 * a Windows Server 2012 or later host (L441).
 */
public final class VirtualFibreChannelAdapters extends Rule {
	static final String KEY = "vm.vfcAdapters";

	public VirtualFibreChannelAdapters() {
		super("LIM-VFC");
	}

	@Override
	public void check(RuleContext context) {
		ScaleLimits.Limit limit = LimitMath.stated(context, KEY);
		if (limit == null) {
			return;
		}
		for (Workload workload : context.index().all(Workload.class)) {
			if (!Demand.inScope(workload) || !workload.isSetVirtualFcAdapters()
					|| workload.getVirtualFcAdapters() <= limit.value()) {
				continue;
			}
			String has = "workload " + workload.getName() + " has " + workload.getVirtualFcAdapters()
					+ " virtual Fibre Channel adapter" + (workload.getVirtualFcAdapters() == 1 ? "" : "s") + " per VM";
			context.report(workload, DdcPackage.Literals.WORKLOAD__VIRTUAL_FC_ADAPTERS, limit.value() == 0
					? has + ", but " + LimitMath.platform(context) + " has no virtual Fibre Channel (it needs Windows "
							+ "Server 2012 or later, " + limit.citation().inline()
							+ "): choose a later platform or reach the SAN through pass-through disks or iSCSI in the guest"
					: has + "; " + LimitMath.platform(context) + " supports at most " + limit.describe()
							+ " per VM: use multipath over at most " + Quantities.number(limit.value()) + " adapters");
		}
	}

	@Override
	public String firingExample() {
		return """
				design D { platform hyperv-2012-r2 }
				workload SQL { memory 64 GB virtual-fc-adapters 6 }
				""";
	}

	@Override
	public String passingExample() {
		return """
				design D { platform hyperv-2012-r2 }
				workload SQL { memory 64 GB virtual-fc-adapters 2 }
				""";
	}
}
