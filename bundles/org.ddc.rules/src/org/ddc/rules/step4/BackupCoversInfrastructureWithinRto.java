package org.ddc.rules.step4;

import java.util.List;

import org.ddc.analysis.StorageLoad;
import org.ddc.model.BackupPlan;
import org.ddc.model.DdcPackage;
import org.ddc.model.Workload;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-4-40: the backup solution protects the workloads, the core infrastructure and the management data, within
 * the RTO (L443). Some plan declares 'covers-infrastructure yes', and no plan promises a restore slower than the
 * RTO of a workload it covers.
 */
public final class BackupCoversInfrastructureWithinRto extends Rule {

	public BackupCoversInfrastructureWithinRto() {
		super("IPD-4-40");
	}

	@Override
	public void check(RuleContext context) {
		List<BackupPlan> plans = context.index().all(BackupPlan.class);
		if (!plans.isEmpty() && plans.stream().noneMatch(p -> p.isSetCoversInfrastructure() && p.isCoversInfrastructure())) {
			BackupPlan plan = plans.get(0);
			context.report(plan, plan.isSetCoversInfrastructure() ? DdcPackage.Literals.BACKUP_PLAN__COVERS_INFRASTRUCTURE
					: DdcPackage.Literals.ELEMENT__NAME, "no backup plan covers the core infrastructure and management "
							+ "data (domain controllers, DNS, System Center databases): set 'covers-infrastructure yes' "
							+ "on the plan that protects them",
					Fix.set("covers-infrastructure", "yes", "Cover infrastructure and management data"));
		}
		StorageLoad loads = StorageLoad.of(context.index());
		for (BackupPlan plan : plans) {
			if (plan.getRto() == null) {
				continue;
			}
			List<Workload> stricter = loads.coveredWorkloads(plan).stream()
					.filter(w -> w.getRto() != null && w.getRto().compareTo(plan.getRto()) < 0).toList();
			if (!stricter.isEmpty()) {
				context.report(plan, DdcPackage.Literals.BACKUP_PLAN__RTO, "backup plan " + plan.getName()
						+ " restores within " + plan.getRto() + " but covers " + StorageText.names(stricter,
								w -> w.getName() + " (RTO " + w.getRto() + ")")
						+ ": design a faster restore for them, or move them to a plan with a shorter RTO");
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				workload DB { memory 16 GB rpo 15 min rto 2 h }
				backup-plan BK { approach vss-snapshot rpo 15 min rto 4 h workloads DB }
				""";
	}

	@Override
	public String passingExample() {
		return """
				workload DB { memory 16 GB rpo 15 min rto 2 h }
				backup-plan BK { approach vss-snapshot rpo 15 min rto 2 h workloads DB covers-infrastructure yes }
				""";
	}
}
