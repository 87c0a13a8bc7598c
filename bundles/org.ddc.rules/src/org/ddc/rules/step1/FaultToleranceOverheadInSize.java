package org.ddc.rules.step1;

import org.ddc.analysis.Quantities;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ddc.analysis.Demand;
import org.ddc.analysis.Sizing;
import org.ddc.model.DdcPackage;
import org.ddc.model.Design;
import org.ddc.model.FaultToleranceApproach;
import org.ddc.model.HostDesign;
import org.ddc.model.SizingPolicy;
import org.ddc.model.Workload;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-1-24: the size estimate includes the infrastructure fault tolerance needs (L131). Extra FT instances are in
 * the workloads' demand; on top, the policy declares a failover reserve (N+k) and every host design that carries
 * fault-tolerant workloads has the hosts its demand needs plus that reserve.
 */
public final class FaultToleranceOverheadInSize extends Rule {

	public FaultToleranceOverheadInSize() {
		super("IPD-1-24");
	}

	@Override
	public void check(RuleContext context) {
		Design design = context.design();
		if (design == null) {
			return;
		}
		Map<HostDesign, List<Workload>> byHost = new LinkedHashMap<>();
		List<Workload> tolerant = new ArrayList<>();
		for (Workload workload : context.index().all(Workload.class)) {
			if (Demand.inScope(workload) && faultTolerant(workload)) {
				tolerant.add(workload);
				HostDesign host = Workloads.hostDesignOf(workload);
				if (host != null) {
					byHost.computeIfAbsent(host, h -> new ArrayList<>()).add(workload);
				}
			}
		}
		if (tolerant.isEmpty()) {
			return;
		}
		int reserve = Sizing.failoverReserve(design);
		SizingPolicy policy = design.getPolicy();
		if (reserve <= 0) {
			String message = "design " + design.getName() + " has fault-tolerant workloads (" + Workloads.names(tolerant)
					+ ") but its size includes no failover reserve: add 'failover-reserve N + 1' to the policy so that "
					+ "host counts cover a failed host";
			if (policy == null) {
				context.report(design, DdcPackage.Literals.ELEMENT__NAME, message);
			} else {
				context.report(policy, policy.isSetFailoverReserve() ? DdcPackage.Literals.SIZING_POLICY__FAILOVER_RESERVE
						: null, message);
			}
			return;
		}
		byHost.forEach((host, workloads) -> {
			Demand demand = Demand.total(context.index().workloadsOn(host));
			Sizing.HostsNeeded needed = Sizing.hostsNeeded(host, demand, design);
			int required = needed.hosts() + reserve;
			if (needed.hosts() > 0 && host.getQuantity() < required) {
				context.report(host, DdcPackage.Literals.HOST_DESIGN__QUANTITY, "host design " + host.getName()
						+ " has " + Quantities.count(host.getQuantity(), "host") + " but its " + demand.vms()
						+ " VMs (extra fault-tolerance instances included) need " + needed.hosts() + " ("
						+ needed.bindingResource() + " is the binding resource, peak buffer and growth applied) plus "
						+ reserve + " for N+" + reserve + ": set 'quantity " + required + "' or use larger hosts",
						Fix.set("quantity", String.valueOf(required), "Deploy " + required + " hosts"));
			}
		});
	}

	private static boolean faultTolerant(Workload workload) {
		return workload.isSetFaultToleranceRequired() && workload.isFaultToleranceRequired()
				|| workload.isSetFaultToleranceApproach()
						&& workload.getFaultToleranceApproach() != FaultToleranceApproach.NOT_APPLICABLE;
	}

	@Override
	public String firingExample() {
		return """
				design D { platform hyperv-2012-r2 policy { peak-buffer 20 % growth 25 % failover-reserve N + 1 } }
				host-design H { quantity 2 memory 128 GB }
				workload-group G { host-design H }
				workload WEB-1 {
					memory 32 GB instances 4 group G
					fault-tolerance required approach load-balancing
				}
				""";
	}

	@Override
	public String passingExample() {
		return """
				design D { platform hyperv-2012-r2 policy { peak-buffer 20 % growth 25 % failover-reserve N + 1 } }
				host-design H { quantity 3 memory 128 GB }
				workload-group G { host-design H }
				workload WEB-1 {
					memory 32 GB instances 4 group G
					fault-tolerance required approach load-balancing
				}
				""";
	}
}
