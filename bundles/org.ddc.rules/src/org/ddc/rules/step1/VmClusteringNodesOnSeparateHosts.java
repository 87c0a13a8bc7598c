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
 * IPD-1-14: a VM-level clustered workload has at least one extra virtual machine, on a different host (L119–120):
 * two or more instances. The placement keeps the nodes on different hosts, also after host failures; IPD-2-04
 * reports a host design too small for that.
 */
public final class VmClusteringNodesOnSeparateHosts extends Rule {

	public VmClusteringNodesOnSeparateHosts() {
		super("IPD-1-14");
	}

	@Override
	public void check(RuleContext context) {
		for (Workload workload : context.index().all(Workload.class)) {
			if (FaultTolerance.uses(workload, FaultToleranceApproach.VM_CLUSTERING) && workload.getInstances() < 2) {
				context.report(workload, workload.eIsSet(DdcPackage.Literals.WORKLOAD__INSTANCES)
						? DdcPackage.Literals.WORKLOAD__INSTANCES : DdcPackage.Literals.WORKLOAD__FAULT_TOLERANCE_APPROACH,
						"workload " + workload.getName() + " uses VM-level clustering with "
								+ Quantities.count(workload.getInstances(), "instance") + ": a guest cluster needs at "
								+ "least one additional virtual machine — set 'instances 2' or more",
						Fix.set("instances", "2", "Run 2 cluster nodes"));
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				host-design H { quantity 1 memory 256 GB }
				workload-group G { host-design H }
				workload SQL-1 {
					memory 32 GB group G cluster-aware yes
					fault-tolerance required approach vm-clustering
				}
				""";
	}

	@Override
	public String passingExample() {
		return """
				host-design H { quantity 2 memory 256 GB }
				workload-group G { host-design H }
				workload SQL-1 {
					memory 32 GB instances 2 group G cluster-aware yes
					fault-tolerance required approach vm-clustering
				}
				""";
	}
}
