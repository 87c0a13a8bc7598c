package org.ddc.rules.step1;

import org.ddc.model.FaultToleranceApproach;
import org.ddc.model.VendorSupport;

/** IPD-1-11: the application's manufacturer supports network load balancing (L115). */
public final class VendorSupportsNlb extends VendorSupportForApproach {

	public VendorSupportsNlb() {
		super("IPD-1-11", FaultToleranceApproach.LOAD_BALANCING, VendorSupport.NLB, "network load balancing");
	}

	@Override
	public String firingExample() {
		return """
				workload WEB-1 {
					memory 4 GB instances 2
					fault-tolerance required approach load-balancing
					vendor-support virtualization, licensing
				}
				""";
	}

	@Override
	public String passingExample() {
		return """
				workload WEB-1 {
					memory 4 GB instances 2
					fault-tolerance required approach load-balancing
					vendor-support virtualization, licensing, nlb
				}
				""";
	}
}
