package org.ddc.rules.limits;

import org.ddc.model.DdcPackage;
import org.ddc.model.HostDesign;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/** LIM-HOST-MEM: a host's physical memory stays within the platform maximum (seed 001 L189, L200). */
public final class HostPhysicalMemory extends Rule {
	static final String KEY = "host.memory";

	public HostPhysicalMemory() {
		super("LIM-HOST-MEM");
	}

	@Override
	public void check(RuleContext context) {
		ScaleLimits.Limit limit = LimitMath.stated(context, KEY);
		if (limit == null) {
			return;
		}
		for (HostDesign host : context.index().all(HostDesign.class)) {
			if (host.getMemory() != null && host.getMemory().base() > LimitMath.base(limit)) {
				context.report(host, DdcPackage.Literals.HOST_DESIGN__MEMORY, "host design " + host.getName()
						+ " has " + host.getMemory() + " of memory; " + LimitMath.platform(context)
						+ " supports at most " + limit.describe()
						+ " per host: use hosts with less memory and add hosts instead");
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				design D { platform hyperv-2008-r2 }
				host-design H { cpu 2 x 8 cores 2.6 GHz intel memory 2 TB }
				""";
	}

	@Override
	public String passingExample() {
		return """
				design D { platform hyperv-2008-r2 }
				host-design H { cpu 2 x 8 cores 2.6 GHz intel memory 512 GB }
				""";
	}
}
