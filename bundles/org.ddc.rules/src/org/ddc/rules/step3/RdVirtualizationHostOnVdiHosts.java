package org.ddc.rules.step3;

import java.util.List;

import org.ddc.model.DdcPackage;
import org.ddc.model.HostDesign;
import org.ddc.model.HostRole;
import org.ddc.model.Workload;
import org.ddc.model.WorkloadKind;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/** IPD-3-55: the hosts that run VDI desktops have the Remote Desktop Virtualization Host role (L358). */
public final class RdVirtualizationHostOnVdiHosts extends Rule {

	public RdVirtualizationHostOnVdiHosts() {
		super("IPD-3-55");
	}

	@Override
	public void check(RuleContext context) {
		for (HostDesign host : context.index().all(HostDesign.class)) {
			if (host.getRoles().contains(HostRole.RD_VIRTUALIZATION_HOST)) {
				continue;
			}
			List<String> desktops = context.index().workloadsOn(host).stream()
					.filter(w -> w.getKind() == WorkloadKind.VDI_DESKTOP).map(Workload::getName).toList();
			if (!desktops.isEmpty()) {
				context.report(host, host.getRoles().isEmpty() ? DdcPackage.Literals.ELEMENT__NAME
						: DdcPackage.Literals.HOST_DESIGN__ROLES, "host design " + host.getName() + " runs VDI "
								+ "desktops (" + String.join(", ", desktops) + ") but is not an RD Virtualization "
								+ "Host: add rd-virtualization-host (with hyperv) to its roles",
						Fix.add("roles", "rd-virtualization-host", "Make it an RD Virtualization Host"));
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				host-design HD-VDI { quantity 4 roles hyperv }
				workload-group GRP-VDI { host-design HD-VDI }
				workload VDI-1 { kind vdi-desktop memory 2 GB instances 50 group GRP-VDI }
				""";
	}

	@Override
	public String passingExample() {
		return """
				host-design HD-VDI { quantity 4 roles hyperv, rd-virtualization-host }
				workload-group GRP-VDI { host-design HD-VDI }
				workload VDI-1 { kind vdi-desktop memory 2 GB instances 50 group GRP-VDI }
				""";
	}
}
