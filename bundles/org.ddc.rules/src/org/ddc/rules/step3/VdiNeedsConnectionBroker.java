package org.ddc.rules.step3;

import java.util.List;

import org.ddc.analysis.ManagementRoles;
import org.ddc.analysis.ManagementScope;
import org.ddc.model.DdcPackage;
import org.ddc.model.ManagementRole;
import org.ddc.model.ManagementServer;
import org.ddc.model.Workload;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-3-53: VDI needs a connection broker, RD Connection Broker or a third-party broker (L356). Checked when VDI desktops exist and the design has Remote Desktop Services
 * servers (without any, IPD-3-52 reports); reported on the first of them.
 */
public final class VdiNeedsConnectionBroker extends Rule {

	public VdiNeedsConnectionBroker() {
		super("IPD-3-53");
	}

	@Override
	public void check(RuleContext context) {
		Workload vdi = ManagementScope.of(context.index()).firstVdiWorkload();
		List<ManagementServer> rds = ManagementRoles.remoteDesktopServers(context.index());
		if (vdi == null || rds.isEmpty()
				|| ManagementRoles.anyServerWith(context.index(), ManagementRole.RD_CONNECTION_BROKER,
						ManagementRole.THIRD_PARTY_CONNECTION_BROKER)) {
			return;
		}
		ManagementServer server = rds.get(0);
		context.report(server, DdcPackage.Literals.MANAGEMENT_SERVER__ROLES, "the VDI desktops (" + vdi.getName()
				+ ") have no connection broker (RD Connection Broker or a third-party broker): add rd-connection-broker to the roles of " + server.getName() + " or of another Remote Desktop Services "
				+ "server", Fix.add("roles", "rd-connection-broker", "Add the role rd-connection-broker"));
	}

	@Override
	public String firingExample() {
		return """
				workload VDI-1 { kind vdi-desktop memory 2 GB instances 50 }
				management-server RDS-1 { roles rd-web-access, rd-virtualization-redirector runs physical }
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
