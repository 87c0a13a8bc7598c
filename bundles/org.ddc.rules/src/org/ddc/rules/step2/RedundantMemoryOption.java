package org.ddc.rules.step2;

import org.ddc.analysis.sizing.HostClustering;
import org.ddc.model.DdcPackage;
import org.ddc.model.HostDesign;
import org.ddc.model.Workload;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-2-11: redundant memory protects against the failure of a memory bank, weighed against the other
 * fault-tolerance measures (L163). Reported once per host design that is not a failover cluster but carries
 * workloads requiring fault tolerance: there, memory protection in the host is one of the few measures left.
 */
public final class RedundantMemoryOption extends Rule {

	public RedundantMemoryOption() {
		super("IPD-2-11");
	}

	@Override
	public void check(RuleContext context) {
		for (HostDesign host : context.index().all(HostDesign.class)) {
			if (HostClustering.declaredOrRequired(host, context.index())) {
				continue;
			}
			Workload critical = context.index().workloadsOn(host).stream()
					.filter(w -> w.isSetFaultToleranceRequired() && w.isFaultToleranceRequired()).findFirst()
					.orElse(null);
			if (critical != null) {
				context.report(host, DdcPackage.Literals.HOST_DESIGN__MEMORY, "host design " + host.getName()
						+ " is not a failover cluster but carries workloads that require fault tolerance (such as "
						+ critical.getName() + "): consider redundant (mirrored or spare) memory against a failed "
						+ "memory bank, balanced against its cost and the other fault-tolerance measures");
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				host-design HD-1 { quantity 2 memory 256 GB }
				workload WEB { memory 4 GB instances 2 fault-tolerance required approach load-balancing group GRP-1 }
				workload-group GRP-1 { host-design HD-1 }
				""";
	}

	@Override
	public String passingExample() {
		return """
				host-design HD-1 { quantity 2 cluster-size 2 memory 256 GB }
				workload WEB { memory 4 GB instances 2 fault-tolerance required approach load-balancing group GRP-1 }
				workload-group GRP-1 { host-design HD-1 }
				""";
	}
}
