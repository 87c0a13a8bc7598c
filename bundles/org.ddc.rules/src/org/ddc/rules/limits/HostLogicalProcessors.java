package org.ddc.rules.limits;

import org.ddc.analysis.Sizing;
import org.ddc.model.DdcPackage;
import org.ddc.model.HostDesign;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/** LIM-HOST-LP: a host's logical processors stay within the platform maximum (seed 001 L188). */
public final class HostLogicalProcessors extends Rule {
	static final String KEY = "host.logicalProcessors";

	public HostLogicalProcessors() {
		super("LIM-HOST-LP");
	}

	@Override
	public void check(RuleContext context) {
		ScaleLimits.Limit limit = context.limits().get(KEY, context.platform());
		if (limit == null || limit.value() == null) {
			return;
		}
		for (HostDesign host : context.index().all(HostDesign.class)) {
			int logical = Sizing.logicalProcessors(host);
			if (logical > limit.value()) {
				context.report(host, DdcPackage.Literals.HOST_DESIGN__CPU, "host design " + host.getName() + " has "
						+ logical + " logical processors; " + context.platform().getLiteral() + " supports at most "
						+ limit.describe() + ": choose a CPU with fewer cores or threads and add hosts instead");
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				design D { platform hyperv-2008-r2 }
				host-design H { cpu 4 x 12 cores 2.6 GHz intel threads 2 memory 512 GB }
				""";
	}

	@Override
	public String passingExample() {
		return """
				design D { platform hyperv-2008-r2 }
				host-design H { cpu 2 x 16 cores 2.6 GHz intel threads 2 memory 512 GB }
				""";
	}
}
