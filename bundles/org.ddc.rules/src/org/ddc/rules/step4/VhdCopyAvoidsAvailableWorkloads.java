package org.ddc.rules.step4;

import java.util.List;

import org.ddc.analysis.StorageLoad;
import org.ddc.model.BackupApproach;
import org.ddc.model.BackupPlan;
import org.ddc.model.DdcPackage;
import org.ddc.model.Workload;
import org.ddc.rules.Fix;
import org.ddc.rules.MessageLists;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-4-37: VHD copy needs the VM paused or shut down while its files are copied, which means downtime (L439). A
 * VHD-copy plan covering workloads that require fault tolerance, or that have an RTO of one hour or less (an
 * inferred threshold), is reported once.
 */
public final class VhdCopyAvoidsAvailableWorkloads extends Rule {
	private static final double SHORT_RTO_MINUTES = 60;

	public VhdCopyAvoidsAvailableWorkloads() {
		super("IPD-4-37");
	}

	@Override
	public void check(RuleContext context) {
		StorageLoad loads = context.analysis().storage();
		for (BackupPlan plan : context.index().all(BackupPlan.class)) {
			if (!plan.isSetApproach() || plan.getApproach() != BackupApproach.VHD_COPY) {
				continue;
			}
			List<Workload> available = loads.coveredWorkloads(plan).stream()
					.filter(w -> w.isSetFaultToleranceRequired() && w.isFaultToleranceRequired()
							|| w.getRto() != null && w.getRto().base() <= SHORT_RTO_MINUTES)
					.toList();
			if (available.isEmpty()) {
				continue;
			}
			context.report(plan, DdcPackage.Literals.BACKUP_PLAN__APPROACH, "backup plan " + plan.getName()
					+ " copies VHDs, which pauses or shuts down each VM during the copy, but covers workloads that "
					+ "require fault tolerance or an RTO of 1 h or less (" + MessageLists.names(available, 5)
					+ "): back them up with VSS snapshots or an agent in the VM", Fix.set("approach", "vss-snapshot", "Use VSS snapshots"));
		}
	}

	@Override
	public String firingExample() {
		return """
				workload DB { memory 16 GB fault-tolerance required rpo 1 h rto 4 h }
				backup-plan BK { approach vhd-copy workloads DB }
				""";
	}

	@Override
	public String passingExample() {
		return """
				workload DB { memory 16 GB fault-tolerance required rpo 1 h rto 4 h }
				backup-plan BK { approach vss-snapshot workloads DB }
				""";
	}
}
