package org.ddc.rules.limits;

import java.util.EnumSet;

import org.ddc.analysis.placement.Limit;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;
import org.ddc.rules.sizing.ShortfallFindings;

/**
 * LIM-HOST-VCPU: the virtual CPUs one host runs stay within the platform maximum (seed 001 L190, L200). The
 * placement respects the maximum on every host, also after host failures (N+k per cluster); reported where it is
 * what stops the VMs, with the host count the placement needs.
 */
public final class HostVirtualProcessors extends Rule {

	public HostVirtualProcessors() {
		super("LIM-HOST-VCPU");
	}

	@Override
	public void check(RuleContext context) {
		ShortfallFindings.report(context, EnumSet.of(Limit.VIRTUAL_PROCESSORS));
	}

	@Override
	public String firingExample() {
		return """
				design D { platform hyperv-2008-r2 }
				workload-group G { host-design H }
				workload APP { instances 150 vcpus 4 memory 2 GB group G }
				host-design H { quantity 1 cpu 2 x 8 cores 2.6 GHz intel memory 512 GB }
				""";
	}

	@Override
	public String passingExample() {
		return """
				design D { platform hyperv-2008-r2 }
				workload-group G { host-design H }
				workload APP { instances 150 vcpus 4 memory 2 GB group G }
				host-design H { quantity 2 cpu 2 x 8 cores 2.6 GHz intel memory 512 GB }
				""";
	}
}
