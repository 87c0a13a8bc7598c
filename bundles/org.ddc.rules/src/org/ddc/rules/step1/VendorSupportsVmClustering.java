package org.ddc.rules.step1;

import org.ddc.model.FaultToleranceApproach;
import org.ddc.model.VendorSupport;

/** IPD-1-15: the application's manufacturer supports virtual machine-level clustering (L120). */
public final class VendorSupportsVmClustering extends VendorSupportForApproach {

	public VendorSupportsVmClustering() {
		super("IPD-1-15", FaultToleranceApproach.VM_CLUSTERING, VendorSupport.VM_CLUSTERING,
				"virtual machine-level clustering");
	}

	@Override
	public String firingExample() {
		return """
				workload SQL-1 {
					memory 32 GB instances 2 cluster-aware yes
					fault-tolerance required approach vm-clustering
					vendor-support virtualization, licensing
				}
				""";
	}

	@Override
	public String passingExample() {
		return """
				workload SQL-1 {
					memory 32 GB instances 2 cluster-aware yes
					fault-tolerance required approach vm-clustering
					vendor-support virtualization, licensing, vm-clustering
				}
				""";
	}
}
