package org.ddc.rules.step1;

import java.util.List;
import java.util.Map;

import org.ddc.model.DdcPackage;
import org.ddc.model.FaultToleranceApproach;
import org.ddc.model.HostDesign;
import org.ddc.model.Workload;
import org.ddc.rules.MessageLists;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-1-19: host-level clustering restarts VMs on another node without the application being cluster aware, which
 * may corrupt data (L122). Reported once per host design, for the workloads that hold state (or do not say).
 */
public final class HostClusteringCorruptionRisk extends Rule {

	public HostClusteringCorruptionRisk() {
		super("IPD-1-19");
	}

	@Override
	public void check(RuleContext context) {
		Map<HostDesign, List<Workload>> byHost = context.analysis().faultTolerance()
				.byHostDesign(FaultToleranceApproach.HOST_CLUSTERING);
		byHost.forEach((host, workloads) -> {
			// a stateless workload loses nothing in a restart; a cluster-aware one recovers its own data
			List<Workload> atRisk = workloads.stream().filter(w -> !w.isSetStateful() || w.isStateful())
					.filter(w -> !(w.isSetClusterAware() && w.isClusterAware())).toList();
			if (!atRisk.isEmpty()) {
				context.report(host, DdcPackage.Literals.ELEMENT__NAME, "host design " + host.getName()
						+ " restarts the host-level clustered workloads " + MessageLists.names(atRisk, 4) + " on another "
						+ "node after a host failure without the applications being cluster aware, which may corrupt "
						+ "their data: confirm the business accepts this risk, or use VM-level clustering or "
						+ "application-level fault tolerance for them");
			}
		});
	}

	@Override
	public String firingExample() {
		return """
				host-design H { quantity 3 cluster-size 3 memory 256 GB }
				workload-group G { host-design H }
				workload DOCS { memory 16 GB group G stateful yes fault-tolerance required approach host-clustering }
				""";
	}

	@Override
	public String passingExample() {
		return """
				host-design H { quantity 3 cluster-size 3 memory 256 GB }
				workload-group G { host-design H }
				workload PRINT { memory 8 GB group G stateful no fault-tolerance required approach host-clustering }
				""";
	}
}
