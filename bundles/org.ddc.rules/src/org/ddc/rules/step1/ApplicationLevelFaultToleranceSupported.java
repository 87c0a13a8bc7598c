package org.ddc.rules.step1;

import org.ddc.analysis.FaultTolerance;
import org.ddc.analysis.Quantities;
import org.ddc.model.DdcPackage;
import org.ddc.model.FaultToleranceApproach;
import org.ddc.model.VendorSupport;
import org.ddc.model.Workload;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-1-20: application-level fault tolerance (log shipping, mirroring, replication) is confirmed by the vendor
 * (L125), and keeps its copies in at least two instances (inferred: a second copy needs a second VM).
 */
public final class ApplicationLevelFaultToleranceSupported extends Rule {

	public ApplicationLevelFaultToleranceSupported() {
		super("IPD-1-20");
	}

	@Override
	public void check(RuleContext context) {
		for (Workload workload : context.index().all(Workload.class)) {
			if (!FaultTolerance.uses(workload, FaultToleranceApproach.APPLICATION_LEVEL)) {
				continue;
			}
			VendorSupport support = VendorSupport.APPLICATION_FAULT_TOLERANCE;
			if (!workload.getVendorSupport().contains(support)) {
				context.report(workload, workload.getVendorSupport().isEmpty()
						? DdcPackage.Literals.WORKLOAD__FAULT_TOLERANCE_APPROACH
						: DdcPackage.Literals.WORKLOAD__VENDOR_SUPPORT, "workload " + workload.getName()
						+ " uses application-level fault tolerance but its support is not confirmed: verify with the "
						+ "manufacturer or developer that the application's own replication is supported and add '"
						+ support.getLiteral() + "' to its vendor-support",
						Fix.add("vendor-support", support.getLiteral(), "Record vendor support"));
			}
			if (workload.getInstances() < 2) {
				context.report(workload, workload.eIsSet(DdcPackage.Literals.WORKLOAD__INSTANCES)
						? DdcPackage.Literals.WORKLOAD__INSTANCES : DdcPackage.Literals.WORKLOAD__FAULT_TOLERANCE_APPROACH,
						"workload " + workload.getName() + " uses application-level fault tolerance with "
								+ Quantities.count(workload.getInstances(), "instance") + ": a redundant copy (mirror, "
								+ "log-shipping or replica) needs a second virtual machine — set 'instances 2' or more",
						Fix.set("instances", "2", "Run 2 instances"));
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				workload SQL-1 {
					memory 32 GB
					fault-tolerance required approach application-level
					vendor-support virtualization, licensing
				}
				""";
	}

	@Override
	public String passingExample() {
		return """
				workload SQL-1 {
					memory 32 GB instances 2
					fault-tolerance required approach application-level
					vendor-support virtualization, licensing, application-fault-tolerance
				}
				""";
	}
}
