package org.ddc.rules.step1;

import org.ddc.analysis.FaultTolerance;
import org.ddc.model.DdcPackage;
import org.ddc.model.FaultToleranceApproach;
import org.ddc.model.VendorSupport;
import org.ddc.model.Workload;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * The guide's "contact the application's manufacturer to verify that … is supported" for one fault-tolerance
 * approach: an in-scope workload with that approach lists the matching entry in its vendor-support.
 */
abstract class VendorSupportForApproach extends Rule {
	private final FaultToleranceApproach approach;
	private final VendorSupport support;
	private final String what;

	VendorSupportForApproach(String id, FaultToleranceApproach approach, VendorSupport support, String what) {
		super(id);
		this.approach = approach;
		this.support = support;
		this.what = what;
	}

	@Override
	public void check(RuleContext context) {
		for (Workload workload : context.index().all(Workload.class)) {
			if (FaultTolerance.uses(workload, approach) && !workload.getVendorSupport().contains(support)) {
				context.report(workload, workload.getVendorSupport().isEmpty()
						? DdcPackage.Literals.WORKLOAD__FAULT_TOLERANCE_APPROACH
						: DdcPackage.Literals.WORKLOAD__VENDOR_SUPPORT, "workload " + workload.getName() + " uses "
						+ approach.getLiteral() + " but its manufacturer's support for " + what + " is not confirmed: "
						+ "verify it with the vendor and add '" + support.getLiteral() + "' to its vendor-support, "
						+ "or choose another approach", Fix.add("vendor-support", support.getLiteral(),
								"Record vendor support for " + what));
			}
		}
	}
}
