package org.ddc.rules.step3;

import java.util.List;

import org.ddc.analysis.ManagementRoles;
import org.ddc.analysis.ManagementScope;
import org.ddc.model.DdcPackage;
import org.ddc.model.ManagementPolicy;
import org.ddc.model.ManagementRole;
import org.ddc.model.ManagementServer;
import org.ddc.model.Workload;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-3-54: VDI needs RD Web Access unless the clients run Windows 7 (L357; 'windows7-clients yes' in the management block). Checked when VDI desktops exist and the design has Remote Desktop Services
 * servers (without any, IPD-3-52 reports); reported on the first of them.
 */
public final class VdiNeedsWebAccess extends Rule {

	public VdiNeedsWebAccess() {
		super("IPD-3-54");
	}

	@Override
	public void check(RuleContext context) {
		Workload vdi = ManagementScope.of(context.index()).firstVdiWorkload();
		List<ManagementServer> rds = ManagementRoles.remoteDesktopServers(context.index());
		if (vdi == null || rds.isEmpty() || ManagementRoles.anyServerWith(context.index(), ManagementRole.RD_WEB_ACCESS)
				|| windows7Clients(context)) {
			return;
		}
		ManagementServer server = rds.get(0);
		context.report(server, DdcPackage.Literals.MANAGEMENT_SERVER__ROLES, "the VDI desktops (" + vdi.getName()
				+ ") have no RD Web Access (needed unless every client runs Windows 7): add rd-web-access to the roles of " + server.getName() + " or of another Remote Desktop Services "
				+ "server", Fix.add("roles", "rd-web-access", "Add the role rd-web-access"));
	}

	private static boolean windows7Clients(RuleContext context) {
		ManagementPolicy policy = ManagementScope.of(context.index()).policy();
		return policy != null && policy.isSetWindows7Clients() && policy.isWindows7Clients();
	}

	@Override
	public String firingExample() {
		return """
				workload VDI-1 { kind vdi-desktop memory 2 GB instances 50 }
				management-server RDS-1 { roles rd-connection-broker, rd-virtualization-redirector runs physical }
				""";
	}

	@Override
	public String passingExample() {
		return """
				workload VDI-1 { kind vdi-desktop memory 2 GB instances 50 }
				management-server RDS-1 { roles rd-connection-broker, rd-web-access, rd-virtualization-redirector runs physical }
				""";
	}
}
