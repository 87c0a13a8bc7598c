package org.ddc.rules.step0;

import java.util.ArrayList;
import java.util.List;

import org.ddc.analysis.DesignIndex;
import org.ddc.model.BackupPlan;
import org.ddc.model.DdcPackage;
import org.ddc.model.Design;
import org.ddc.model.HostDesign;
import org.ddc.model.ManagementRole;
import org.ddc.model.ManagementServer;
import org.ddc.model.OpsMgrGroup;
import org.ddc.model.StorageSystem;
import org.ddc.rules.MessageLists;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-0-08: system-level fault tolerance (L66): redundant access to AD DS (at least two domain controllers, unless
 * existing services are reused), a planned backup strategy (a backup plan) and a monitoring strategy (Operations
 * Manager). One finding on the design header lists what is missing. Redundant storage of data (L66) also means that
 * backups do not live on the storage system that holds the VMs they protect: one finding per such plan, on its
 * target (whether that array also has the IOPS for the backups is IPD-4-08's question).
 */
public final class SystemLevelFaultTolerance extends Rule {

	public SystemLevelFaultTolerance() {
		super("IPD-0-08");
	}

	@Override
	public void check(RuleContext context) {
		Design design = context.design();
		if (design != null) {
			checkDesign(context, design);
		}
		for (BackupPlan plan : context.index().all(BackupPlan.class)) {
			StorageSystem target = plan.getTarget();
			if (!DesignIndex.live(target)) {
				continue;
			}
			List<HostDesign> hosts = context.index().hostDesignsUsing(target);
			if (hosts.isEmpty()) {
				continue;
			}
			context.report(plan, DdcPackage.Literals.BACKUP_PLAN__TARGET, "backup plan " + plan.getName()
					+ " keeps its backups on " + target.getName() + ", which also holds the VMs of "
					+ MessageLists.join(hosts.stream().map(HostDesign::getName).toList())
					+ ": one failure of " + target.getName() + " loses the workloads and their backups together — "
					+ "target a storage system that holds no VMs (redundant storage of data)");
		}
	}

	/** Domain controllers, a backup plan and monitoring: one finding on the design header. */
	private static void checkDesign(RuleContext context, Design design) {
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
