package org.ddc.rules.step1;

import org.ddc.model.DdcPackage;
import org.ddc.model.Workload;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/** IPD-1-06: a workload that cannot be virtualized is marked out of scope (L102). */
public final class NonVirtualizableWorkloadOutOfScope extends Rule {

	public NonVirtualizableWorkloadOutOfScope() {
		super("IPD-1-06");
	}

	@Override
	public void check(RuleContext context) {
		for (Workload workload : context.index().all(Workload.class)) {
			if (workload.isSetVirtualizationSupported() && !workload.isVirtualizationSupported()
					&& !(workload.isSetInScope() && !workload.isInScope())) {
				context.report(workload, workload.isSetInScope() ? DdcPackage.Literals.WORKLOAD__IN_SCOPE
						: DdcPackage.Literals.WORKLOAD__VIRTUALIZATION_SUPPORTED, "workload " + workload.getName()
						+ " cannot be virtualized ('virtualization-supported no') but is "
						+ (workload.isSetInScope() ? "marked in scope" : "not marked out of scope")
						+ ": set 'in-scope no' and keep it on physical hardware outside the Dynamic Datacenter",
						Fix.set("in-scope", "no", "Mark the workload out of scope"));
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				workload LEGACY-FAX { memory 2 GB virtualization-supported no in-scope yes }
				""";
	}

	@Override
	public String passingExample() {
		return """
				workload LEGACY-FAX { memory 2 GB virtualization-supported no in-scope no }
				""";
	}
}
