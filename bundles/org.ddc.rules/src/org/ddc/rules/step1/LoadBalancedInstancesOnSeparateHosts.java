package org.ddc.rules.step1;

import org.ddc.analysis.FaultTolerance;
import org.ddc.analysis.Quantities;
import java.util.List;
import java.util.Map;

import org.ddc.model.DdcPackage;
import org.ddc.model.FaultToleranceApproach;
import org.ddc.model.HostDesign;
import org.ddc.model.Workload;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-1-10: the instances of a load-balanced workload run on different hosts (L115) — the placement keeps them
 * apart, also after host failures, and IPD-2-04 reports a host design too small for that — and something distributes
 * the traffic across them (L113–114): a load balancer, hardware or software NLB, lists the workload in its 'serves'.
 */
public final class LoadBalancedInstancesOnSeparateHosts extends Rule {

	public LoadBalancedInstancesOnSeparateHosts() {
		super("IPD-1-10");
	}

	@Override
	public void check(RuleContext context) {
		for (Workload workload : context.index().all(Workload.class)) {
			if (FaultTolerance.uses(workload, FaultToleranceApproach.LOAD_BALANCING)
					&& context.index().loadBalancersServing(workload).isEmpty()) {
				context.report(workload, DdcPackage.Literals.WORKLOAD__FAULT_TOLERANCE_APPROACH, "workload "
						+ workload.getName() + " is load balanced but no load balancer serves it: add it to the "
						+ "'serves' list of a load-balancer (hardware or software-nlb) so that traffic is spread over "
						+ "its instances and a failed instance is taken out");
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				host-design H { quantity 1 memory 128 GB }
				workload-group G { host-design H }
				workload WEB-1 {
					memory 4 GB instances 2 group G
					fault-tolerance required approach load-balancing
				}
				""";
	}

	@Override
	public String passingExample() {
		return """
				host-design H { quantity 2 memory 128 GB }
				workload-group G { host-design H }
				workload WEB-1 {
					memory 4 GB instances 2 group G
					fault-tolerance required approach load-balancing
				}
				load-balancer LB-1 { kind hardware quantity 2 serves WEB-1 }
				""";
	}
}
