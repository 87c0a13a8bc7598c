package org.ddc.rules.step3;

import java.util.Locale;

import org.ddc.model.BackupPlan;
import org.ddc.model.DdcPackage;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-3-59: System Center Data Protection Manager is the guide's product for backup (L214, L443). Reported once
 * for each backup plan that names another product.
 */
public final class DpmForBackup extends Rule {

	public DpmForBackup() {
		super("IPD-3-59");
	}

	@Override
	public void check(RuleContext context) {
		for (BackupPlan plan : context.index().all(BackupPlan.class)) {
			String product = plan.getProduct();
			if (product == null || product.isBlank()) {
				continue;
			}
			if (!isDpm(product)) {
				context.report(plan, DdcPackage.Literals.BACKUP_PLAN__PRODUCT, "backup plan " + plan.getName()
						+ " uses " + product + "; the Microsoft offering the guide designs for host-level backup is "
						+ "System Center Data Protection Manager: make sure the product provides the same "
						+ "capabilities (VSS-based backup of running VMs, restores within the RTO)");
			}
		}
	}

	/** Whether a backup product name names System Center Data Protection Manager ("DPM" or its full name). */
	public static boolean isDpm(String product) {
		String text = product == null ? "" : product.toLowerCase(Locale.ROOT);
		return text.contains("data protection manager") || text.contains("dpm");
	}

	@Override
	public String firingExample() {
		return """
				backup-plan BK-1 { approach vss-snapshot product "Contoso Backup 9" }
				""";
	}

	@Override
	public String passingExample() {
		return """
				backup-plan BK-1 { approach vss-snapshot product "System Center Data Protection Manager 2007 SP1" }
				""";
	}
}
