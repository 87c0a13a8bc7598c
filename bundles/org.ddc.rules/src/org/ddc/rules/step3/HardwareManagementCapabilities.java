package org.ddc.rules.step3;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ddc.model.DdcPackage;
import org.ddc.model.ManagementRole;
import org.ddc.model.ManagementServer;
import org.ddc.model.ServiceCapability;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-3-50: the hardware management solution provides health and inventory with discovery, out-of-band
 * management, remote power control, hardware alerts, firmware updates, Operations Manager integration and high
 * availability (L335-344). Declared on the hardware management servers (together).
 */
public final class HardwareManagementCapabilities extends Rule {
	private static final List<String> REQUIRED = List.of(ServiceCapability.HEALTH_INVENTORY,
			ServiceCapability.OUT_OF_BAND_MANAGEMENT, ServiceCapability.REMOTE_POWER, ServiceCapability.HARDWARE_ALERTS,
			ServiceCapability.FIRMWARE_UPDATE, ServiceCapability.OPS_MGR_INTEGRATION,
			ServiceCapability.HIGH_AVAILABILITY).stream().map(ServiceCapability::getLiteral).toList();

	public HardwareManagementCapabilities() {
		super("IPD-3-50");
	}

	@Override
	public void check(RuleContext context) {
		List<ManagementServer> servers = context.index().serversWithRole(ManagementRole.HARDWARE_MANAGEMENT);
		if (servers.isEmpty()) {
			return; // IPD-3-49
		}
		Set<String> provided = new HashSet<>();
		servers.forEach(server -> server.getCapabilities().forEach(c -> provided.add(c.getLiteral())));
		ManagementServer server = servers.get(0);
		Management.requireAll(context, server, server.getCapabilities().isEmpty()
				? DdcPackage.Literals.MANAGEMENT_SERVER__ROLES : DdcPackage.Literals.MANAGEMENT_SERVER__CAPABILITIES,
				"hardware management server " + server.getName(), "hardware management", "capability",
				"capabilities", REQUIRED, provided);
	}

	@Override
	public String firingExample() {
		return """
				management-server HW-1 {
					roles hardware-management
					runs physical
					capabilities health-inventory, out-of-band-management, remote-power, hardware-alerts
				}
				""";
	}

	@Override
	public String passingExample() {
		return """
				management-server HW-1 {
					roles hardware-management
					runs physical
					capabilities health-inventory, out-of-band-management, remote-power, hardware-alerts,
						firmware-update, opsmgr-integration, high-availability
				}
				""";
	}
}
