package org.ddc.rules.step2;

import org.ddc.analysis.Quantities;
import java.util.List;

import org.ddc.analysis.Demand;
import org.ddc.analysis.Sizing;
import org.ddc.model.DdcPackage;
import org.ddc.model.Design;
import org.ddc.model.HostDesign;
import org.ddc.model.Workload;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-2-04: the workloads of the groups bound to a host design can run together on its hosts (L154): the hosts
 * needed for peak memory and CPU with the design's peak buffer and growth, plus the failover reserve (N+k) when
 * the hosts form a failover cluster, do not exceed the host design's quantity. When the demand does not even fit without buffer (memory, IPD-2-10) or
 * CPU with buffer does not fit (IPD-2-09), those rules report it instead.
 */
public final class GroupingFitsHostDesign extends Rule {

	public GroupingFitsHostDesign() {
		super("IPD-2-04");
	}

	@Override
	public void check(RuleContext context) {
		Design design = context.design();
		double headroom = Sizing.headroom(design);
		for (HostDesign host : context.index().all(HostDesign.class)) {
			List<Workload> workloads = context.index().workloadsOn(host);
			int reserve = HostFacts.reserve(host, context);
			int quantity = host.getQuantity();
			if (workloads.isEmpty() || quantity < 1) {
				continue;
			}
			Demand demand = Demand.total(workloads);
			double memory = Sizing.usableMemoryMb(host, design);
			double cpu = Sizing.cpuCapacityPercent(host, design);
			boolean memoryShort = memory > 0 && demand.memoryMb() > quantity * memory;
			boolean cpuShort = !Double.isNaN(cpu) && demand.cpuPercent() * headroom > quantity * cpu;
			Sizing.HostsNeeded needed = Sizing.hostsNeeded(host, demand, design);
			int total = needed.hosts() + reserve;
			if (memoryShort || cpuShort || needed.hosts() == 0 || total <= quantity) {
				continue;
			}
			String binding = needed.bindingResource().equals("CPU")
					? "CPU is the binding resource: " + Quantities.number(demand.cpuPercent() * headroom)
							+ " % of the reference CPU with " + HostFacts.headroomText(design) + " over "
							+ Quantities.number(cpu) + " % per host"
					: "memory is the binding resource: " + Quantities.size(demand.memoryMb() * headroom) + " with "
							+ HostFacts.headroomText(design) + " over " + Quantities.size(memory) + " usable per host";
			context.report(host, DdcPackage.Literals.HOST_DESIGN__QUANTITY, "host design " + host.getName() + " has "
					+ quantity + " host(s) but needs " + needed.hosts() + " (" + binding + ")"
					+ (reserve > 0 ? " plus " + reserve + " for N+" + reserve : "") + ": set 'quantity " + total
					+ "' or use larger hosts", Fix.set("quantity", String.valueOf(total), "Deploy " + total + " hosts"));
		}
	}

	@Override
	public String firingExample() {
		return """
				design D { policy { peak-buffer 20 % growth 15 % failover-reserve N + 1 } }
				host-design HD-1 { quantity 2 cluster-size 2 memory 260 GB }
				workload APP { memory 32 GB instances 10 group GRP-1 }
				workload-group GRP-1 { host-design HD-1 }
				""";
	}

	@Override
	public String passingExample() {
		return """
				design D { policy { peak-buffer 20 % growth 15 % failover-reserve N + 1 } }
				host-design HD-1 { quantity 3 cluster-size 3 memory 260 GB }
				workload APP { memory 32 GB instances 10 group GRP-1 }
				workload-group GRP-1 { host-design HD-1 }
				""";
	}
}
