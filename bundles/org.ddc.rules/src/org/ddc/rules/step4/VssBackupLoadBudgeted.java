package org.ddc.rules.step4;

import java.util.LinkedHashSet;
import java.util.Set;

import org.ddc.analysis.DesignIndex;
import org.ddc.analysis.StorageLoad;
import org.ddc.model.BackupApproach;
import org.ddc.model.BackupPlan;
import org.ddc.model.DdcPackage;
import org.ddc.model.Design;
import org.ddc.model.HostDesign;
import org.ddc.model.NicPurpose;
import org.ddc.model.SizingPolicy;
import org.ddc.model.Workload;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-4-39: host-level (VSS snapshot) backups load the host, its network and its disks, and the design accounts for
 * it (L442): every host design running workloads of a VSS-snapshot plan has an adapter with purpose backup, and
 * the design's policy declares a peak buffer that leaves the hosts and storage room for the backup load.
 */
public final class VssBackupLoadBudgeted extends Rule {

	public VssBackupLoadBudgeted() {
		super("IPD-4-39");
	}

	@Override
	public void check(RuleContext context) {
		StorageLoad loads = context.analysis().storage();
		Set<HostDesign> hosts = new LinkedHashSet<>();
		BackupPlan first = null;
		for (BackupPlan plan : context.index().all(BackupPlan.class)) {
			if (!plan.isSetApproach() || plan.getApproach() != BackupApproach.VSS_SNAPSHOT) {
				continue;
			}
			for (Workload workload : loads.coveredWorkloads(plan)) {
				if (DesignIndex.live(workload.getGroup()) && DesignIndex.live(workload.getGroup().getHostDesign())) {
					hosts.add(workload.getGroup().getHostDesign());
					first = first == null ? plan : first;
				}
			}
		}
		for (HostDesign host : hosts) {
			if (host.getAdapters().stream().noneMatch(a -> a.getPurposes().contains(NicPurpose.BACKUP))) {
				context.report(host, host.getAdapters().isEmpty() ? DdcPackage.Literals.ELEMENT__NAME
						: DdcPackage.Literals.HOST_DESIGN__ADAPTERS, "host design " + host.getName()
								+ " runs VMs backed up by host-level VSS snapshots but has no adapter for backup "
								+ "traffic: add an adapter with 'purpose backup' (it may be shared)");
			}
		}
		Design design = context.design();
		SizingPolicy policy = design != null ? design.getPolicy() : null;
		if (first != null && design != null
				&& (policy == null || policy.getPeakBuffer() == null || !policy.getPeakBuffer().isPositive())) {
			context.report(first, DdcPackage.Literals.BACKUP_PLAN__APPROACH, "backup plan " + first.getName()
					+ " takes host-level VSS snapshots, which load the hosts' CPU, network and disks, but the "
					+ "design's policy has no peak buffer to absorb them: set 'peak-buffer' in the design policy");
		}
	}

	@Override
	public String firingExample() {
		return """
				design D { policy { growth 20 % } }
				workload APP { memory 4 GB group G }
				workload-group G { host-design H }
				host-design H { quantity 2 adapter NIC-1 ports 1 speed 10 Gbps purpose host-management }
				backup-plan BK { approach vss-snapshot workloads APP }
				""";
	}

	@Override
	public String passingExample() {
		return """
				design D { policy { peak-buffer 20 % growth 20 % } }
				workload APP { memory 4 GB group G }
				workload-group G { host-design H }
				host-design H { quantity 2 adapter NIC-1 ports 1 speed 10 Gbps purpose host-management, backup }
				backup-plan BK { approach vss-snapshot workloads APP }
				""";
	}
}
