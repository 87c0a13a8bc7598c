package org.ddc.rules.step2;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.ddc.analysis.Demand;
import org.ddc.analysis.Sizing;
import org.ddc.analysis.placement.Limit;
import org.ddc.model.DdcPackage;
import org.ddc.model.HostDesign;
import org.ddc.rules.MessageLists;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;
import org.ddc.rules.sizing.ShortfallFindings;
import org.eclipse.emf.ecore.EObject;

/**
 * IPD-2-09: processors and cores sufficiently support the grouping's requirements (L162): every VM instance, its CPU
 * with the policy's peak buffer and growth in percent of the design's reference processor, is placed on a host of
 * its host design and the placement survives N+k per cluster; reported where CPU is what stops it, with the host
 * count the placement needs (a VM larger than one host is IPD-1-03's). Without a reference CPU, or a host design
 * without a CPU, the check cannot run and says so.
 */
public final class HostCpuCoversGroup extends Rule {

	public HostCpuCoversGroup() {
		super("IPD-2-09");
	}

	@Override
	public void check(RuleContext context) {
		ShortfallFindings.report(context, EnumSet.of(Limit.CPU));
		boolean noReference = context.design() == null || Sizing.coreGigahertz(context.design().getReferenceCpu()) <= 0;
		List<HostDesign> loaded = new ArrayList<>();
		for (HostDesign host : context.index().all(HostDesign.class)) {
			boolean cpuDemand = context.index().workloadsOn(host).stream()
					.anyMatch(w -> w.getCpu() != null && Demand.inScope(w));
			if (Double.isNaN(Sizing.cpuCapacityPercent(host, context.design())) && cpuDemand && host.getQuantity() >= 1) {
				loaded.add(host);
			}
		}
		if (loaded.isEmpty()) {
			return;
		}
		if (noReference) {
			EObject where = context.design() != null ? context.design() : loaded.get(0);
			context.notChecked(where, DdcPackage.Literals.ELEMENT__NAME, "the design has no reference-cpu, so the CPU "
					+ "demand of the workloads (in % of that processor) cannot be compared with the hosts of "
					+ MessageLists.join(loaded.stream().map(HostDesign::getName).toList(), 4)
					+ ": add 'reference-cpu <sockets> x <cores> cores <GHz>' to the design header");
			return;
		}
		for (HostDesign host : loaded) {
			context.notChecked(host, DdcPackage.Literals.ELEMENT__NAME, "host design " + host.getName()
					+ " states no 'cpu', so its workloads' CPU demand cannot be compared with its capacity: add "
					+ "'cpu <sockets> x <cores> cores <GHz>'");
		}
	}

	@Override
	public String firingExample() {
		return """
				design D { reference-cpu 2 x 8 cores 2.5 GHz }
				host-design HD-1 { quantity 2 cpu 2 x 8 cores 2.5 GHz memory 512 GB }
				workload APP { memory 8 GB cpu 30 % instances 8 group GRP-1 }
				workload-group GRP-1 { host-design HD-1 }
				""";
	}

	@Override
	public String passingExample() {
		return """
				design D { reference-cpu 2 x 8 cores 2.5 GHz }
				host-design HD-1 { quantity 3 cpu 2 x 8 cores 2.5 GHz memory 512 GB }
				workload APP { memory 8 GB cpu 30 % instances 8 group GRP-1 }
				workload-group GRP-1 { host-design HD-1 }
				""";
	}
}
