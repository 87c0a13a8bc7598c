package org.ddc.rules.step3;

import org.ddc.analysis.ManagementRoles;
import org.ddc.analysis.ManagementScope;
import org.ddc.model.DdcPackage;
import org.ddc.model.HostDesign;
import org.ddc.model.HostRole;
import org.ddc.model.Workload;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-3-52: VDI desktops need an entry point, Remote Desktop Services (L354). Reported on the first VDI workload
 * when no server has a Remote Desktop Services role and no host design is an RD Virtualization Host.
 */
public final class VdiNeedsRemoteDesktopServices extends Rule {

	public VdiNeedsRemoteDesktopServices() {
		super("IPD-3-52");
	}

	@Override
	public void check(RuleContext context) {
		Workload vdi = ManagementScope.of(context.index()).firstVdiWorkload();
		if (vdi == null || !ManagementRoles.remoteDesktopServers(context.index()).isEmpty()
				|| context.index().all(HostDesign.class).stream()
						.anyMatch(h -> h.getRoles().contains(HostRole.RD_VIRTUALIZATION_HOST))) {
			return;
		}
		context.report(vdi, DdcPackage.Literals.WORKLOAD__KIND, "workload " + vdi.getName() + " is a VDI desktop but "
				+ "the design has no Remote Desktop Services entry point: add management servers with roles "
				+ "rd-connection-broker, rd-web-access and rd-virtualization-redirector, and the role "
				+ "rd-virtualization-host on the host designs that run the desktops");
	}

	@Override
	public String firingExample() {
		return """
				workload VDI-1 { kind vdi-desktop memory 2 GB instances 50 }
				""";
	}

	@Override
	public String passingExample() {
		return """
				workload VDI-1 { kind vdi-desktop memory 2 GB instances 50 }
				management-server RDS-1 {
					roles rd-connection-broker, rd-web-access, rd-virtualization-redirector
					runs physical
				}
				""";
	}
}
