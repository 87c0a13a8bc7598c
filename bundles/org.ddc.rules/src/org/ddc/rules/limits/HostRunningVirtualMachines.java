package org.ddc.rules.limits;

import java.util.EnumSet;

import org.ddc.analysis.placement.Limit;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;
import org.ddc.rules.sizing.ShortfallFindings;

/**
 * LIM-HOST-VMS: the running VMs of one host stay within the platform maximum (seed 001 L193, L1971). The placement
 * respects the maximum on every host, also after host failures (N+k per cluster); reported where it is what stops
 * the VMs, with the host count the placement needs.
 */
public final class HostRunningVirtualMachines extends Rule {

	public HostRunningVirtualMachines() {
		super("LIM-HOST-VMS");
	}

	@Override
	public void check(RuleContext context) {
		ShortfallFindings.report(context, EnumSet.of(Limit.VM_COUNT));
	}

	@Override
	public String firingExample() {
		return """
				design D { platform hyperv-2012-r2 }
				workload-group G { host-design H }
				workload VDI { kind vdi-desktop instances 1300 vcpus 1 memory 1 GB group G }
				host-design H { quantity 1 cpu 4 x 16 cores 2.6 GHz intel threads 2 memory 4 TB }
				""";
	}

	@Override
	public String passingExample() {
		return """
				design D { platform hyperv-2012-r2 }
				workload-group G { host-design H }
				workload VDI { kind vdi-desktop instances 1300 vcpus 1 memory 1 GB group G }
				host-design H { quantity 2 cpu 4 x 16 cores 2.6 GHz intel threads 2 memory 4 TB }
				""";
	}
}
