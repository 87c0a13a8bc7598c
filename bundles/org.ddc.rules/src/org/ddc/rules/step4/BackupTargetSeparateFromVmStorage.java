package org.ddc.rules.step4;

import java.util.List;

import org.ddc.analysis.DesignIndex;
import org.ddc.model.BackupPlan;
import org.ddc.model.DdcPackage;
import org.ddc.model.HostDesign;
import org.ddc.model.StorageSystem;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-4-08: account for the impact of backup operations on disk performance (L399). The model has no backup window
 * or change rate, so the decidable case is checked: a backup plan whose target is a storage system that also holds
 * the VMs of host designs puts the backup writes on the disks that serve the workloads.
 */
public final class BackupTargetSeparateFromVmStorage extends Rule {

	public BackupTargetSeparateFromVmStorage() {
		super("IPD-4-08");
	}

	@Override
	public void check(RuleContext context) {
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
					+ " writes its backups to " + target.getName() + ", which also holds the VMs of "
					+ StorageText.names(hosts, HostDesign::getName) + ": the backup I/O competes with the "
					+ "workloads on the same disks (and one array failure loses both); target separate backup "
					+ "storage, or size " + target.getName() + "'s IOPS for the backup load");
		}
	}

	@Override
	public String firingExample() {
		return """
				workload APP { memory 4 GB disk 200 GB group G }
				workload-group G { host-design H }
				host-design H { quantity 2 storage SAN-1 }
				storage-system SAN-1 { type san protocol iscsi }
				backup-plan BK { approach vss-snapshot workloads APP target SAN-1 }
				""";
	}

	@Override
	public String passingExample() {
		return """
				workload APP { memory 4 GB disk 200 GB group G }
				workload-group G { host-design H }
				host-design H { quantity 2 storage SAN-1 }
				storage-system SAN-1 { type san protocol iscsi }
				storage-system BACKUP-1 { type das protocol sas }
				backup-plan BK { approach vss-snapshot workloads APP target BACKUP-1 }
				""";
	}
}
