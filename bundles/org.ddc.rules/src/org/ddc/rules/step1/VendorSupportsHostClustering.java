package org.ddc.rules.step1;

import org.ddc.model.FaultToleranceApproach;
import org.ddc.model.VendorSupport;

/** IPD-1-18: the application's manufacturer supports host-level clustering (L123). */
public final class VendorSupportsHostClustering extends VendorSupportForApproach {

	public VendorSupportsHostClustering() {
		super("IPD-1-18", FaultToleranceApproach.HOST_CLUSTERING, VendorSupport.HOST_CLUSTERING,
				"host-level clustering");
	}

	@Override
	public String firingExample() {
		return """
				workload FILE-1 {
					memory 16 GB
					fault-tolerance required approach host-clustering
				}
				""";
	}

	@Override
	public String passingExample() {
		return """
				workload FILE-1 {
					memory 16 GB
					fault-tolerance required approach host-clustering
					vendor-support virtualization, licensing, host-clustering
				}
				""";
	}
}
