package org.ddc.rules.step3;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ddc.model.ConfigMgrSite;
import org.ddc.model.DdcPackage;
import org.ddc.model.ManagementRole;
import org.ddc.model.ManagementServer;
import org.ddc.model.ServiceCapability;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-3-28: configuration management provides inventory and asset management, bare-metal installation, software
 * deployment and patch management, configuration monitoring and compliance reporting (L269-274). The capabilities
 * may be declared on the Configuration Manager sites or on the ConfigMgr, MDT and OVMST servers.
 */
public final class ConfigurationManagementCapabilities extends Rule {
	private static final List<String> REQUIRED = List.of(ServiceCapability.INVENTORY,
			ServiceCapability.BARE_METAL_DEPLOYMENT, ServiceCapability.SOFTWARE_DEPLOYMENT,
			ServiceCapability.PATCH_MANAGEMENT, ServiceCapability.CONFIGURATION_MONITORING,
			ServiceCapability.COMPLIANCE_REPORTING).stream().map(ServiceCapability::getLiteral).toList();

	public ConfigurationManagementCapabilities() {
		super("IPD-3-28");
	}

	@Override
	public void check(RuleContext context) {
		List<ConfigMgrSite> sites = context.index().all(ConfigMgrSite.class);
		List<ManagementServer> servers = new ArrayList<>();
		for (ManagementServer server : context.index().all(ManagementServer.class)) {
			if (server.getRoles().contains(ManagementRole.CONFIG_MGR) || server.getRoles().contains(ManagementRole.MDT)
					|| server.getRoles().contains(ManagementRole.OVMST)) {
				servers.add(server);
			}
		}
		if (sites.isEmpty() && servers.isEmpty()) {
			return; // no configuration management at all: IPD-3-27
		}
		Set<String> provided = new HashSet<>();
		sites.forEach(site -> site.getCapabilities().forEach(c -> provided.add(c.getLiteral())));
		servers.forEach(server -> server.getCapabilities().forEach(c -> provided.add(c.getLiteral())));
		if (!sites.isEmpty()) {
			ConfigMgrSite site = sites.get(0);
			Management.requireAll(context, site, site.getCapabilities().isEmpty() ? DdcPackage.Literals.ELEMENT__NAME
					: DdcPackage.Literals.CONFIG_MGR_SITE__CAPABILITIES, "configmgr-site " + site.getName(),
					"configuration management", "capability", "capabilities", REQUIRED, provided);
		} else {
			ManagementServer server = servers.get(0);
			Management.requireAll(context, server, server.getCapabilities().isEmpty()
					? DdcPackage.Literals.MANAGEMENT_SERVER__ROLES : DdcPackage.Literals.MANAGEMENT_SERVER__CAPABILITIES,
					"management server " + server.getName(), "configuration management", "capability",
					"capabilities", REQUIRED, provided);
		}
	}

	@Override
	public String firingExample() {
		return """
				management-server CM-1 { roles configuration-manager runs physical }
				configmgr-site SITE-1 { servers CM-1 capabilities inventory, software-deployment, patch-management }
				""";
	}

	@Override
	public String passingExample() {
		return """
				management-server CM-1 { roles configuration-manager runs physical }
				management-server MDT-1 { roles mdt runs physical capabilities bare-metal-deployment }
				configmgr-site SITE-1 {
					servers CM-1
					capabilities inventory, software-deployment, patch-management, configuration-monitoring,
						compliance-reporting
				}
				""";
	}
}
