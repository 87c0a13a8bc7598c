package org.ddc.rules.step1;

import java.util.ArrayList;
import java.util.List;

import org.ddc.analysis.Demand;
import org.ddc.model.DdcPackage;
import org.ddc.model.VendorSupport;
import org.ddc.model.Workload;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-1-07: for every in-scope workload, the suppliers' support for running it in a virtual machine and the
 * licence terms are confirmed (L106, L141): its vendor-support list holds virtualization and licensing.
 */
public final class VendorSupportsVirtualization extends Rule {

	public VendorSupportsVirtualization() {
		super("IPD-1-07");
	}

	@Override
	public void check(RuleContext context) {
		for (Workload workload : context.index().all(Workload.class)) {
			if (!Demand.inScope(workload)) {
				continue;
			}
			List<String> missing = new ArrayList<>();
			if (!workload.getVendorSupport().contains(VendorSupport.VIRTUALIZATION)) {
				missing.add(VendorSupport.VIRTUALIZATION.getLiteral());
			}
			if (!workload.getVendorSupport().contains(VendorSupport.LICENSING)) {
				missing.add(VendorSupport.LICENSING.getLiteral());
			}
			if (!missing.isEmpty()) {
				context.report(workload, workload.getVendorSupport().isEmpty() ? DdcPackage.Literals.ELEMENT__NAME
						: DdcPackage.Literals.WORKLOAD__VENDOR_SUPPORT, "workload " + workload.getName()
						+ " has no confirmed " + String.join(" and ", missing) + " support for running in a virtual "
						+ "machine: confirm with the supplier that it supports the workload in a VM and that the "
						+ "licence permits it, then add '" + String.join(", ", missing) + "' to its vendor-support",
						Fix.add("vendor-support", missing.get(0), "Record " + missing.get(0) + " support"));
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				workload APP-1 { memory 8 GB vendor-support virtualization }
				""";
	}

	@Override
	public String passingExample() {
		return """
				workload APP-1 { memory 8 GB vendor-support virtualization, licensing }
				""";
	}
}
