package org.ddc.rules.step3;

import java.util.List;

import org.ddc.analysis.ManagementRoles;
import org.ddc.model.DdcPackage;
import org.ddc.model.ManagementRole;
import org.ddc.model.ManagementServer;
import org.ddc.model.ServerPlacement;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-3-03: management and monitoring run on servers that are not virtualized within the Dynamic Datacenter they
 * manage (L211, L237). VDI roles may run inside (L361, IPD-3-58); domain controllers are reported by IPD-3-11.
 */
public final class ManagementServersOutsideTheDatacenter extends Rule {

	public ManagementServersOutsideTheDatacenter() {
		super("IPD-3-03");
	}

	@Override
	public void check(RuleContext context) {
		for (ManagementServer server : context.index().all(ManagementServer.class)) {
			if (!server.isSetRuns() || server.getRuns() != ServerPlacement.VIRTUAL_INSIDE
					|| server.getRoles().contains(ManagementRole.DOMAIN_CONTROLLER)) {
				continue;
			}
			List<String> managementRoles = server.getRoles().stream()
					.filter(role -> !ManagementRoles.REMOTE_DESKTOP.contains(role)).map(ManagementRole::getLiteral)
					.toList();
			if (!managementRoles.isEmpty()) {
				context.report(server, DdcPackage.Literals.MANAGEMENT_SERVER__RUNS, "management server "
						+ server.getName() + " (" + String.join(", ", managementRoles) + ") runs virtualized inside "
						+ "the Dynamic Datacenter it manages: keep management and monitoring independent of the "
						+ "monitored systems — run it on a physical server or in a separate virtual environment "
						+ "('runs physical' or 'runs virtual-outside')",
						Fix.set("runs", "physical", "Run it on a physical server"));
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				management-server SCOM-1 { roles operations-manager runs virtual-inside }
				management-server RDS-1 { roles rd-connection-broker, rd-web-access runs virtual-inside }
				""";
	}

	@Override
	public String passingExample() {
		return """
				management-server SCOM-1 { roles operations-manager runs physical }
				management-server RDS-1 { roles rd-connection-broker, rd-web-access runs virtual-inside }
				""";
	}
}
