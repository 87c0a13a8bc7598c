package org.ddc.rules.step2;

import java.util.EnumSet;

import org.ddc.analysis.placement.Limit;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;
import org.ddc.rules.sizing.ShortfallFindings;

/**
 * IPD-2-10: an ample amount of RAM is available for the virtual machines on each host (L163): every VM instance,
 * its memory with the policy's peak buffer and growth, is placed on a host of its host design with the memory the
 * parent partition keeps (the policy's 'host-reserve') taken off, and the placement survives N+k per cluster. Reported
 * where memory is what stops it, with the host count the placement needs. A VM larger than one host is IPD-1-03's.
 */
public final class HostMemoryCoversVms extends Rule {

	public HostMemoryCoversVms() {
		super("IPD-2-10");
	}

	@Override
	public void check(RuleContext context) {
		ShortfallFindings.report(context, EnumSet.of(Limit.MEMORY));
	}

	@Override
	public String firingExample() {
		return """
				host-design HD-1 { quantity 2 memory 132 GB }
				workload SQL { memory 80 GB instances 3 group GRP-1 }
				workload-group GRP-1 { host-design HD-1 }
				""";
	}

	@Override
	public String passingExample() {
		return """
				host-design HD-1 { quantity 3 memory 132 GB }
				workload SQL { memory 80 GB instances 3 group GRP-1 }
				workload-group GRP-1 { host-design HD-1 }
				""";
	}
}
