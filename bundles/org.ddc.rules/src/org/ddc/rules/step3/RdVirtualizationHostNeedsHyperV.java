package org.ddc.rules.step3;

import org.ddc.model.DdcPackage;
import org.ddc.model.HostDesign;
import org.ddc.model.HostRole;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/** IPD-3-57: RD Virtualization Host requires and integrates with the Hyper-V role (L360). */
public final class RdVirtualizationHostNeedsHyperV extends Rule {

	public RdVirtualizationHostNeedsHyperV() {
		super("IPD-3-57");
	}

	@Override
	public void check(RuleContext context) {
		for (HostDesign host : context.index().all(HostDesign.class)) {
			if (host.getRoles().contains(HostRole.RD_VIRTUALIZATION_HOST) && !host.getRoles().contains(HostRole.HYPERV)) {
				context.report(host, DdcPackage.Literals.HOST_DESIGN__ROLES,
						host.getRoles().indexOf(HostRole.RD_VIRTUALIZATION_HOST), "host design " + host.getName()
								+ " is an RD Virtualization Host without the Hyper-V role, which RD Virtualization "
								+ "Host requires: add hyperv to its roles",
						Fix.add("roles", "hyperv", "Add the Hyper-V role"));
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				host-design HD-VDI { quantity 4 roles rd-virtualization-host }
				""";
	}

	@Override
	public String passingExample() {
		return """
				host-design HD-VDI { quantity 4 roles hyperv, rd-virtualization-host }
				""";
	}
}
