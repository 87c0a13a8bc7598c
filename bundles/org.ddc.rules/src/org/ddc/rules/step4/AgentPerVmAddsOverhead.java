package org.ddc.rules.step4;

import org.ddc.analysis.StorageLoad;
import org.ddc.model.BackupApproach;
import org.ddc.model.BackupPlan;
import org.ddc.model.DdcPackage;
import org.ddc.model.Workload;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-4-41: a backup agent in every VM means each VM's backup is planned and administered on its own (L445).
 * Reported once per agent-per-vm plan, with the number of VMs it covers.
 */
public final class AgentPerVmAddsOverhead extends Rule {

	public AgentPerVmAddsOverhead() {
		super("IPD-4-41");
	}

	@Override
	public void check(RuleContext context) {
		StorageLoad loads = context.analysis().storage();
		for (BackupPlan plan : context.index().all(BackupPlan.class)) {
			if (!plan.isSetApproach() || plan.getApproach() != BackupApproach.AGENT_PER_VM) {
				continue;
			}
			int vms = loads.coveredWorkloads(plan).stream().mapToInt(Workload::getInstances).sum();
			context.report(plan, DdcPackage.Literals.BACKUP_PLAN__APPROACH, "backup plan " + plan.getName()
					+ " installs a backup agent in each of its " + vms + " VM" + (vms == 1 ? "" : "s")
					+ ", whose backups are then planned and administered one by one: plan for the overhead, or "
					+ "consolidate at the host level with VSS snapshots");
		}
	}

	@Override
	public String firingExample() {
		return """
				workload APP { memory 4 GB instances 3 }
				backup-plan BK { approach agent-per-vm workloads APP }
				""";
	}

	@Override
	public String passingExample() {
		return """
				workload APP { memory 4 GB instances 3 }
				backup-plan BK { approach vss-snapshot workloads APP }
				""";
	}
}
