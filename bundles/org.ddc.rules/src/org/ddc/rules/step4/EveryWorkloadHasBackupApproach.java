package org.ddc.rules.step4;

import java.util.List;

import org.ddc.analysis.Demand;
import org.ddc.analysis.StorageLoad;
import org.ddc.model.BackupPlan;
import org.ddc.model.DdcPackage;
import org.ddc.model.Workload;
import org.ddc.rules.MessageLists;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-4-36: a backup approach is picked for every in-scope workload (L437): it is covered by a backup plan (by name
 * or through its group), the plan states its approach, and the plan's RPO is no longer than the RPO of the
 * workloads it covers (backup requirements follow the recovery requirements, L428). A design without any backup
 * plan gets one finding on its header.
 */
public final class EveryWorkloadHasBackupApproach extends Rule {

	public EveryWorkloadHasBackupApproach() {
		super("IPD-4-36");
	}

	@Override
	public void check(RuleContext context) {
		List<BackupPlan> plans = context.index().all(BackupPlan.class);
		if (plans.isEmpty() && context.design() != null) {
			if (context.index().vmCount() > 0) {
				context.report(context.design(), DdcPackage.Literals.ELEMENT__NAME, "the design has no backup plan: "
						+ "pick a backup approach (vhd-copy, vss-snapshot or agent-per-vm) for the workloads in a "
						+ "'backup-plan'");
			}
			return;
		}
		for (Workload workload : context.index().all(Workload.class)) {
			if (Demand.inScope(workload) && context.index().backupPlansCovering(workload).isEmpty()) {
				context.report(workload, DdcPackage.Literals.ELEMENT__NAME, "workload " + workload.getName()
						+ " is in no backup plan: add it to a plan's 'workloads' (or its group to 'groups')");
			}
		}
		StorageLoad loads = context.analysis().storage();
		for (BackupPlan plan : plans) {
			List<Workload> covered = loads.coveredWorkloads(plan);
			if (!plan.isSetApproach() && !covered.isEmpty()) {
				context.report(plan, DdcPackage.Literals.ELEMENT__NAME, "backup plan " + plan.getName()
						+ " names no approach: choose 'approach vhd-copy', 'vss-snapshot' or 'agent-per-vm'");
			}
			if (plan.getRpo() == null) {
				continue;
			}
			List<Workload> stricter = covered.stream()
					.filter(w -> w.getRpo() != null && w.getRpo().compareTo(plan.getRpo()) < 0).toList();
			if (!stricter.isEmpty()) {
				context.report(plan, DdcPackage.Literals.BACKUP_PLAN__RPO, "backup plan " + plan.getName()
						+ " has an RPO of " + plan.getRpo() + " but covers " + MessageLists.join(stricter,
								w -> w.getName() + " (RPO " + w.getRpo() + ")", 5)
						+ ": back these up more often, or move them to a plan with a shorter RPO");
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				workload DB { memory 16 GB rpo 15 min rto 4 h }
				backup-plan BK { approach vss-snapshot rpo 24 h rto 8 h workloads DB }
				""";
	}

	@Override
	public String passingExample() {
		return """
				workload DB { memory 16 GB rpo 15 min rto 4 h }
				backup-plan BK { approach vss-snapshot rpo 15 min rto 4 h workloads DB }
				""";
	}
}
