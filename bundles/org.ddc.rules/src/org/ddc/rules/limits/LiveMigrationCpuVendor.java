package org.ddc.rules.limits;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ddc.analysis.DesignIndex;
import org.ddc.model.CpuSpec;
import org.ddc.model.DdcPackage;
import org.ddc.model.HostDesign;
import org.ddc.model.VmmInstance;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * LIM-LM-CPU: hosts that live-migrate between each other use processors from the same manufacturer (seed 004
 * L51, seed 001 L1482). The model has one CPU per host design, so the hosts of one design (and its clusters) always
 * agree; what can differ are host designs managed together by one VMM instance (or, without VMM instances, all host
 * designs of the design), between which VMs are expected to move.
 */
public final class LiveMigrationCpuVendor extends Rule {
	static final String KEY = "lm.sameCpuVendor";

	public LiveMigrationCpuVendor() {
		super("LIM-LM-CPU");
	}

	@Override
	public void check(RuleContext context) {
		ScaleLimits.Limit limit = LimitMath.stated(context, KEY);
		if (limit == null || limit.value() <= 0) {
			return;
		}
		Set<HostDesign> reported = new HashSet<>();
		List<VmmInstance> vmms = context.index().all(VmmInstance.class);
		if (vmms.isEmpty()) {
			check(context, limit, context.index().all(HostDesign.class), "in this design", reported);
		}
		for (VmmInstance vmm : vmms) {
			check(context, limit, vmm.getManages().stream().filter(DesignIndex::live).toList(),
					"managed by VMM instance " + vmm.getName(), reported);
		}
	}

	private static void check(RuleContext context, ScaleLimits.Limit limit, List<HostDesign> hosts, String together,
			Set<HostDesign> reported) {
		HostDesign first = null;
		List<HostDesign> others = new ArrayList<>();
		for (HostDesign host : hosts) {
			CpuSpec cpu = host.getCpu();
			if (cpu == null || !cpu.isSetVendor()) {
				continue;
			}
			if (first == null) {
				first = host;
			} else if (cpu.getVendor() != first.getCpu().getVendor()) {
				others.add(host);
			}
		}
		for (HostDesign host : others) {
			if (reported.add(host)) {
				context.report(host.getCpu(), DdcPackage.Literals.CPU_SPEC__VENDOR, "host design " + host.getName()
						+ " uses " + host.getCpu().getVendor().getLiteral() + " processors but " + first.getName()
						+ ", also " + together + ", uses " + first.getCpu().getVendor().getLiteral()
						+ ": live migration needs processors from the same manufacturer ("
						+ limit.citation().inline() + "), so VMs cannot move between them — use one vendor or keep "
						+ "them in separate migration domains");
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				design D { platform hyperv-2012-r2 }
				host-design H-1 { quantity 2 cpu 2 x 8 cores 2.6 GHz intel memory 256 GB }
				host-design H-2 { quantity 2 cpu 2 x 8 cores 2.6 GHz amd memory 256 GB }
				vmm-instance VMM { manages H-1, H-2 }
				""";
	}

	@Override
	public String passingExample() {
		return """
				design D { platform hyperv-2012-r2 }
				host-design H-1 { quantity 2 cpu 2 x 8 cores 2.6 GHz intel memory 256 GB }
				host-design H-2 { quantity 2 cpu 2 x 8 cores 2.6 GHz intel memory 256 GB }
				vmm-instance VMM { manages H-1, H-2 }
				""";
	}
}
