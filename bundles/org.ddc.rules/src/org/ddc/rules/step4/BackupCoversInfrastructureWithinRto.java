package org.ddc.rules.step4;

import java.util.List;

import org.ddc.analysis.DesignIndex;
import org.ddc.analysis.StorageLoad;
import org.ddc.model.BackupPlan;
import org.ddc.model.DdcPackage;
import org.ddc.model.ManagementRole;
import org.ddc.model.StorageSystem;
import org.ddc.model.Workload;
import org.ddc.rules.Fix;
import org.ddc.rules.MessageLists;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;
import org.ddc.rules.step3.DpmForBackup;

/**
 * IPD-4-40: the backup solution protects the workloads, the core infrastructure and the management data, within
 * the RTO (L443). Some plan declares 'covers-infrastructure yes', and no plan promises a restore slower than the
 * RTO of a workload it covers. A plan that names its product must also show what runs it: a plan naming System
 * Center Data Protection Manager needs a management server with role dpm (L443 designs the solution with the DPM
 * guide), and a plan naming a product the model has no server role for needs a 'target' that shows where its
 * backups are kept; otherwise nothing in the design runs the backups or keeps them.
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
		for (BackupPlan plan : plans) {
			checkProduct(context, plan);
		}
		StorageLoad loads = context.analysis().storage();
		for (BackupPlan plan : plans) {
			if (plan.getRto() == null) {
				continue;
			}
			List<Workload> stricter = loads.coveredWorkloads(plan).stream()
					.filter(w -> w.getRto() != null && w.getRto().compareTo(plan.getRto()) < 0).toList();
			if (!stricter.isEmpty()) {
				context.report(plan, DdcPackage.Literals.BACKUP_PLAN__RTO, "backup plan " + plan.getName()
						+ " restores within " + plan.getRto() + " but covers " + MessageLists.join(stricter,
								w -> w.getName() + " (RTO " + w.getRto() + ")", 5)
						+ ": design a faster restore for them, or move them to a plan with a shorter RTO");
			}
		}
	}

	/** The product's server (DPM: a management server with role dpm), or at least a target for other products. */
	private static void checkProduct(RuleContext context, BackupPlan plan) {
		String product = plan.getProduct();
		if (product == null || product.isBlank()) {
			return;
		}
		StorageSystem target = DesignIndex.live(plan.getTarget()) ? plan.getTarget() : null;
		if (DpmForBackup.isDpm(product)) {
			if (!context.index().serversWithRole(ManagementRole.DPM).isEmpty()) {
				return;
			}
			context.report(plan, DdcPackage.Literals.BACKUP_PLAN__PRODUCT, "backup plan " + plan.getName()
					+ " names " + product + ", but no management server has role dpm"
					+ (target == null ? " and the plan names no target: nothing in the design runs these backups or "
							+ "keeps them" : ": nothing in the design runs the backups it writes to " + target.getName())
					+ " — add the Data Protection Manager server ('management-server <name> { roles dpm … }')"
					+ (target == null ? " and the storage that holds its backups ('target')" : ""));
		} else if (target == null) {
			context.report(plan, DdcPackage.Literals.BACKUP_PLAN__PRODUCT, "backup plan " + plan.getName()
					+ " names " + product + ", which no management server role of the design stands for, and no "
					+ "target: nothing in the design shows where its backups are kept — name the storage system that "
					+ "receives them ('target <storage-system>')");
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
