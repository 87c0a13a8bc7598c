package org.ddc.rules.step4;

import java.util.List;
import java.util.Locale;

import org.ddc.analysis.Quantities;
import org.ddc.analysis.Sizing;
import org.ddc.analysis.StorageCapacity;
import org.ddc.analysis.StorageLoad;
import org.ddc.model.BackupPlan;
import org.ddc.model.DdcPackage;
import org.ddc.model.Design;
import org.ddc.model.SizingPolicy;
import org.ddc.model.StorageSystem;
import org.ddc.rules.MessageLists;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-4-08: the storage performance sizing accounts for the impact of backup operations on disk performance, and
 * adds a buffer (L399). The backups' I/O is the policy's 'backup-io' share of the IOPS of the workloads the backup
 * plans cover: read from the storage systems those workloads are stored on (shared out like the workloads' own I/O),
 * and written again to a plan's target when that target also holds VMs. A system must then deliver (workload IOPS +
 * backup IOPS) × peak buffer × growth. Reported only where the system carries its workloads with peak buffer and
 * growth, since IPD-4-02 and IPD-4-06 report the shortfalls that exist before the backups: one shortfall, one finding.
 * A target that holds no VMs is left to the backup product's own sizing (the DPM guide, L443). Without 'backup-io'
 * the rule says once that it cannot check.
 */
public final class BackupIoBudgeted extends Rule {

	public BackupIoBudgeted() {
		super("IPD-4-08");
	}

	@Override
	public void check(RuleContext context) {
		List<BackupPlan> plans = context.index().all(BackupPlan.class);
		if (plans.isEmpty()) {
			return;
		}
		StorageLoad loads = context.analysis().storage();
		List<StorageSystem> affected = context.index().all(StorageSystem.class).stream()
				.filter(s -> comparable(loads, s) && (loads.backedUpIops(s) > 0 || loads.backupTargetIops(s) > 0))
				.toList();
		if (affected.isEmpty()) {
			return;
		}
		Design design = context.design();
		Double share = StorageLoad.backupIoShare(design);
		if (share == null) {
			SizingPolicy policy = design != null ? design.getPolicy() : null;
			String reason = "the design does not say how much I/O its backups add to the storage they read from ("
					+ MessageLists.names(affected, 5) + "): set 'backup-io' in the design's "
					+ "policy, the backup I/O as a share of the backed-up workloads' IOPS (e.g. 'backup-io 20 %')";
			if (policy != null) {
				context.notChecked(policy, null, reason);
			} else if (design != null) {
				context.notChecked(design, DdcPackage.Literals.ELEMENT__NAME, reason);
			} else {
				context.notChecked(plans.get(0), DdcPackage.Literals.ELEMENT__NAME, reason);
			}
			return;
		}
		double growth = StorageLoad.growthFactor(design);
		double headroom = Math.max(growth, Sizing.headroom(design));
		for (StorageSystem storage : affected) {
			StorageLoad.Load load = loads.of(storage);
			double read = share * loads.backedUpIops(storage);
			double written = share * loads.backupTargetIops(storage);
			double backup = read + written;
			if (backup <= 0 || StorageIops.isShort(loads, storage, headroom)) {
				continue; // nothing to add, or already short without the backups (IPD-4-02, IPD-4-06)
			}
			double delivered = StorageIops.delivered(loads, storage);
			double need = (load.iops() + backup) * headroom;
			if (delivered >= need) {
				continue;
			}
			List<BackupPlan> targeting = plans.stream().filter(p -> p.getTarget() == storage).toList();
			String what = "'backup-io " + Quantities.percent(share * 100) + "' of the "
					+ (read > 0 ? Quantities.iops(loads.backedUpIops(storage)) + " the backups read from "
							+ storage.getName() : "")
					+ (read > 0 && written > 0 ? " and of the " : "")
					+ (written > 0 ? Quantities.iops(loads.backupTargetIops(storage)) + " that "
							+ MessageLists.names(targeting, 5) + " write"
							+ (targeting.size() == 1 ? "s" : "") + " to it as target" : "");
			context.report(storage, DdcPackage.Literals.STORAGE_SYSTEM__DISK_GROUPS, "storage system "
					+ storage.getName() + " delivers " + Quantities.iops(delivered) + ": enough for its workloads"
					+ buffer(design, headroom, " with ") + " (" + Quantities.iops(load.iops() * headroom)
					+ "), not for the backup I/O on top: (" + StorageIops.demand(load) + " + "
					+ Quantities.iops(backup) + " of backup I/O)" + buffer(design, headroom, " × ") + " = "
					+ Quantities.iops(need) + "; the backup I/O is " + what + "; "
					+ StorageIops.assumption(loads, storage) + " — add disks or faster disks"
					+ (written > 0 ? ", or write the backups to storage that holds no VMs" : ", or lower the backup load"));
		}
	}

	/** Workloads with IOPS on rated disks: the comparison IPD-4-02 makes. */
	private static boolean comparable(StorageLoad loads, StorageSystem storage) {
		return loads.of(storage).iops() > 0 && !storage.getDiskGroups().isEmpty() && StorageCapacity.iopsKnown(storage);
	}

	/** " × 1.50 for peak buffer and growth", " with peak buffer and growth", or "" when the policy adds nothing. */
	private static String buffer(Design design, double headroom, String joiner) {
		if (headroom <= 1) {
			return "";
		}
		SizingPolicy policy = design.getPolicy();
		boolean peak = policy.getPeakBuffer() != null && policy.getPeakBuffer().isPositive();
		boolean growth = policy.getGrowth() != null && policy.getGrowth().isPositive();
		String what = peak && growth ? "peak buffer and growth" : peak ? "peak buffer" : "growth";
		return joiner.equals(" × ") ? String.format(Locale.ENGLISH, " × %.2f for %s", headroom, what) : joiner + what;
	}

	@Override
	public String firingExample() {
		return """
				design D { policy { peak-buffer 20 % growth 25 % backup-io 20 % } }
				workload DB { memory 16 GB disk 500 GB iops 2000 IOPS group G }
				workload-group G { host-design H }
				host-design H { quantity 2 storage SAN-1 }
				storage-system SAN-1 { type san protocol iscsi disks 24 x 600 GB sas-15k 180 IOPS raid-10 hot-spares 1 }
				backup-plan BK { approach vss-snapshot workloads DB }
				""";
	}

	@Override
	public String passingExample() {
		return """
				design D { policy { peak-buffer 20 % growth 25 % backup-io 20 % } }
				workload DB { memory 16 GB disk 500 GB iops 2000 IOPS group G }
				workload-group G { host-design H }
				host-design H { quantity 2 storage SAN-1 }
				storage-system SAN-1 { type san protocol iscsi disks 28 x 600 GB sas-15k 180 IOPS raid-10 hot-spares 1 }
				backup-plan BK { approach vss-snapshot workloads DB }
				""";
	}
}
