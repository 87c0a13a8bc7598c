package org.ddc.rules.step2;

import org.ddc.model.DdcPackage;
import org.ddc.model.Design;
import org.ddc.model.HostDesign;
import org.ddc.model.SizingPolicy;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-2-15: hosts are sized for the peak load of each workload plus a buffer (L167): the design's sizing policy
 * declares a peak buffer above 0 (the sizing rules IPD-2-04 and IPD-2-09 apply it). Reported once, on the design
 * header, when the design has host designs to size.
 */
public final class PeakLoadBuffer extends Rule {

	public PeakLoadBuffer() {
		super("IPD-2-15");
	}

	@Override
	public void check(RuleContext context) {
		Design design = context.design();
		if (design == null || context.index().all(HostDesign.class).isEmpty()) {
			return;
		}
		SizingPolicy policy = design.getPolicy();
		if (policy == null) {
			context.report(design, DdcPackage.Literals.ELEMENT__NAME, "design " + design.getName()
					+ " has no sizing policy, so hosts are sized for peak load without a buffer: add "
					+ "'policy { peak-buffer 20 % }' (or the buffer the organization chooses)");
		} else if (policy.getPeakBuffer() == null || policy.getPeakBuffer().base() <= 0) {
			context.report(policy, policy.getPeakBuffer() == null ? null
					: DdcPackage.Literals.SIZING_POLICY__PEAK_BUFFER, "the sizing policy of design "
					+ design.getName() + " has no peak buffer above 0 %, so hosts are sized for peak load with no "
					+ "margin: set 'peak-buffer 20 %' (or the buffer the organization chooses)",
					Fix.set("peak-buffer", "20 %", "Add a 20 % peak buffer"));
		}
	}

	@Override
	public String firingExample() {
		return """
				design D { policy { growth 15 % failover-reserve N + 1 } }
				host-design HD-1 { quantity 2 memory 256 GB }
				""";
	}

	@Override
	public String passingExample() {
		return """
				design D { policy { peak-buffer 20 % growth 15 % failover-reserve N + 1 } }
				host-design HD-1 { quantity 2 memory 256 GB }
				""";
	}
}
