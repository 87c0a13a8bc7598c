package org.ddc.rules.step2;

import java.util.ArrayList;
import java.util.List;

import org.ddc.analysis.Demand;
import org.ddc.analysis.Quantities;
import org.ddc.analysis.Sizing;
import org.ddc.model.DdcPackage;
import org.ddc.model.HostDesign;
import org.ddc.model.Workload;
import org.ddc.rules.Fix;
import org.ddc.rules.MessageLists;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;
import org.eclipse.emf.ecore.EObject;

/**
 * IPD-2-09: processors and cores sufficiently support the grouping's requirements (L162): the groups' peak CPU
 * with the design's peak buffer and growth fits the host design's CPU capacity (the failover reserve is added by
 * IPD-2-04), and no single VM needs more than one host. CPU is compared in percent of the design's reference
 * processor; without a reference CPU, or a host design without a CPU, the check cannot run and says so.
 */
public final class HostCpuCoversGroup extends Rule {

	public HostCpuCoversGroup() {
		super("IPD-2-09");
	}

	@Override
	public void check(RuleContext context) {
		double headroom = Sizing.headroom(context.design());
		boolean noReference = context.design() == null || Sizing.coreGigahertz(context.design().getReferenceCpu()) <= 0;
		List<HostDesign> loaded = new ArrayList<>();
		for (HostDesign host : context.index().all(HostDesign.class)) {
			boolean cpuDemand = context.index().workloadsOn(host).stream()
					.anyMatch(w -> w.getCpu() != null && Demand.inScope(w));
			double perHost = Sizing.cpuCapacityPercent(host, context.design());
			if (Double.isNaN(perHost) && cpuDemand && host.getQuantity() >= 1) {
				loaded.add(host);
			}
			if (Double.isNaN(perHost) || host.getQuantity() < 1) {
				continue;
			}
			double total = 0;
			for (Workload workload : context.index().workloadsOn(host)) {
				double perVm = workload.getCpu() == null ? 0 : workload.getCpu().base();
				total += Demand.of(workload).cpuPercent();
				if (perVm > perHost) {
					context.report(workload, DdcPackage.Literals.WORKLOAD__CPU, "workload " + workload.getName()
							+ " needs " + Quantities.number(perVm) + " % of the reference CPU per VM but a host of "
							+ "host design " + host.getName() + " has " + Quantities.number(perHost)
							+ " %: use hosts with more or faster cores, or scale the workload out");
				}
			}
			double needed = total * headroom;
			double offered = host.getQuantity() * perHost;
			if (needed > offered) {
				int hosts = (int) Math.ceil(needed / perHost);
				context.report(host, DdcPackage.Literals.HOST_DESIGN__CPU, "the VMs on host design " + host.getName()
						+ " need " + Quantities.number(needed) + " % of the reference CPU ("
						+ (headroom > 1 ? Quantities.number(total) + " % at peak with " : "at peak, ")
						+ HostFacts.headroomText(context.design()) + ") but its "
						+ host.getQuantity() + " host(s) offer " + Quantities.number(offered) + " % ("
						+ Quantities.number(perHost) + " % each): set 'quantity " + hosts
						+ "' or more, or use hosts with more or faster cores",
						Fix.set("quantity", String.valueOf(hosts), "Deploy " + hosts + " hosts"));
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
