package org.ddc.rules.step0;

import java.util.ArrayList;
import java.util.List;

import org.ddc.model.BackupPlan;
import org.ddc.model.DdcPackage;
import org.ddc.model.Design;
import org.ddc.model.ManagementRole;
import org.ddc.model.ManagementServer;
import org.ddc.model.OpsMgrGroup;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-0-08: system-level fault tolerance (L66): redundant access to AD DS (at least two domain controllers, unless
 * existing services are reused), a planned backup strategy (a backup plan) and a monitoring strategy (Operations
 * Manager). One finding on the design header lists what is missing.
 */
public final class SystemLevelFaultTolerance extends Rule {

	public SystemLevelFaultTolerance() {
		super("IPD-0-08");
	}

	@Override
	public void check(RuleContext context) {
		Design design = context.design();
		if (design == null) {
			return;
		}
		List<String> missing = new ArrayList<>();
		boolean reuse = design.getManagement() != null && design.getManagement().isSetReuseExisting()
				&& design.getManagement().isReuseExisting();
		int controllers = context.index().serversWithRole(ManagementRole.DOMAIN_CONTROLLER).stream()
				.mapToInt(ManagementServer::getCount).sum();
		if (!reuse && controllers < 2) {
			missing.add(controllers + " domain controller" + (controllers == 1 ? "" : "s")
					+ " (redundant AD DS access needs 2)");
		}
		if (context.index().all(BackupPlan.class).isEmpty()) {
			missing.add("no backup plan");
		}
		if (context.index().serversWithRole(ManagementRole.OPS_MGR).isEmpty()
				&& context.index().all(OpsMgrGroup.class).isEmpty()) {
			missing.add("no monitoring system (Operations Manager)");
		}
		if (!missing.isEmpty()) {
			context.report(design, DdcPackage.Literals.ELEMENT__NAME, "design " + design.getName()
					+ " lacks system-level fault tolerance: " + String.join(", ", missing) + " — add a second domain "
					+ "controller, a 'backup-plan' and an 'opsmgr-group' as needed");
		}
	}

	@Override
	public String firingExample() {
		return """
				design D { platform hyperv-2012-r2 }
				management-server DC-1 { roles domain-controller, dns runs physical }
				""";
	}

	@Override
	public String passingExample() {
		return """
				design D { platform hyperv-2012-r2 }
				management-server DC-1 { roles domain-controller, dns runs physical count 2 }
				management-server OM-1 { roles operations-manager runs physical }
				opsmgr-group OM { servers OM-1 }
				workload APP-1 { memory 8 GB }
				backup-plan BK { approach vss-snapshot workloads APP-1 }
				""";
	}
}
