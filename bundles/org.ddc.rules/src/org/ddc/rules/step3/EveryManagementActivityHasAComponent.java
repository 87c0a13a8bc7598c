package org.ddc.rules.step3;

import java.util.ArrayList;
import java.util.List;

import org.ddc.analysis.ManagementRoles;
import org.ddc.analysis.ManagementScope;
import org.ddc.model.ConfigMgrSite;
import org.ddc.model.ManagementRole;
import org.ddc.model.OpsMgrGroup;
import org.ddc.model.VmmInstance;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/** IPD-3-01: every management activity of Step 3 has a component (L200-208). */
public final class EveryManagementActivityHasAComponent extends Rule {

	public EveryManagementActivityHasAComponent() {
		super("IPD-3-01");
	}

	@Override
	public void check(RuleContext context) {
		boolean configMgr = ManagementRoles.anyServerWith(context.index(), ManagementRole.CONFIG_MGR)
				|| !context.index().all(ConfigMgrSite.class).isEmpty();
		List<String> missing = new ArrayList<>();
		if (!ManagementRoles.anyServerWith(context.index(), ManagementRole.DOMAIN_CONTROLLER)) {
			missing.add("directory and authentication (role domain-controller)");
		}
		if (!ManagementRoles.anyServerWith(context.index(), ManagementRole.VMM)
				&& context.index().all(VmmInstance.class).isEmpty()) {
			missing.add("virtual machine management (role vmm)");
		}
		if (!configMgr) {
			missing.add("configuration management, software distribution, inventory and patch management "
					+ "(role configuration-manager)");
		}
		if (!configMgr && !ManagementRoles.anyServerWith(context.index(), ManagementRole.MDT)) {
			missing.add("operating system deployment (role mdt or configuration-manager)");
		}
		if (!ManagementRoles.anyServerWith(context.index(), ManagementRole.OPS_MGR)
				&& context.index().all(OpsMgrGroup.class).isEmpty()) {
			missing.add("event monitoring and collection (role operations-manager)");
		}
		if (!ManagementRoles.anyServerWith(context.index(), ManagementRole.HARDWARE_MANAGEMENT)) {
			missing.add("hardware management (role hardware-management)");
		}
		if (ManagementScope.of(context.index()).hasVdiWorkloads() && ManagementRoles.REMOTE_DESKTOP.stream()
				.noneMatch(role -> ManagementRoles.anyServerWith(context.index(), role))) {
			missing.add("remote desktop services for the VDI desktops (roles rd-connection-broker, rd-web-access, "
					+ "rd-virtualization-redirector)");
		}
		if (!missing.isEmpty()) {
			Management.reportOnDesign(context, "no component for " + missing.size() + " management "
					+ (missing.size() == 1 ? "activity: " : "activities: ") + String.join("; ", missing)
					+ ": add management servers with these roles", null);
		}
	}

	@Override
	public String firingExample() {
		return """
				design D { }
				management-server MS-1 { roles domain-controller, dns runs physical }
				""";
	}

	@Override
	public String passingExample() {
		return """
				design D { }
				management-server MS-1 {
					roles domain-controller, dns, vmm, configuration-manager, mdt, operations-manager,
						hardware-management
					runs physical
				}
				""";
	}
}
