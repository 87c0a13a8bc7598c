package org.ddc.rules.step4;

import org.ddc.analysis.Quantities;
import org.ddc.analysis.StorageCapacity;
import org.ddc.analysis.StorageLoad;
import org.ddc.model.DdcPackage;
import org.ddc.model.StorageSystem;
import org.ddc.rules.MessageLists;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-4-01: a storage system's usable capacity (RAID and hot spares deducted) holds the VM disks of the host designs
 * using it and the backups stored on it, plus the design's growth (L379).
 */
public final class StorageCoversCapacityWithGrowth extends Rule {

	public StorageCoversCapacityWithGrowth() {
		super("IPD-4-01");
	}

	@Override
	public void check(RuleContext context) {
		StorageLoad loads = context.analysis().storage();
		double growth = StorageLoad.growthFactor(context.design());
		for (StorageSystem storage : context.index().all(StorageSystem.class)) {
			StorageLoad.Load load = loads.of(storage);
			if (storage.getDiskGroups().isEmpty() || load.dataMb() <= 0) {
				continue;
			}
			double usable = loads.usableMb(storage);
			double needed = load.dataMb() * growth;
			if (usable >= needed) {
				continue;
			}
			StringBuilder parts = new StringBuilder();
			if (load.vmDataMb() > 0) {
				parts.append(Quantities.size(load.vmDataMb())).append(" of VM disks of ")
						.append(MessageLists.names(load.hostDesigns(), 5));
				if (load.shared()) {
					parts.append(" (split with their other storage systems by usable capacity)");
				}
			}
			if (load.backupMb() > 0) {
				parts.append(parts.isEmpty() ? "" : " + ").append(Quantities.size(load.backupMb()))
						.append(" for one full backup copy");
			}
			if (growth > 1) {
				parts.append(" + ").append(StorageText.growth(growth));
			}
			int copies = loads.copies(storage);
			int spares = StorageCapacity.hotSpares(storage);
			context.report(storage, DdcPackage.Literals.STORAGE_SYSTEM__DISK_GROUPS, "storage system "
					+ storage.getName() + " has " + Quantities.size(usable) + " usable"
					+ (copies > 1 ? " (" + copies + " direct-attached copies, one per host)" : "")
					+ " after RAID" + (spares > 0 ? " and " + spares + " hot spare" + (spares > 1 ? "s" : "") : "")
					+ " but needs " + Quantities.size(needed) + " (" + parts
					+ "): add disks, use larger disks or a RAID level with less overhead");
		}
	}

	@Override
	public String firingExample() {
		return """
				design D { policy { growth 25 % } }
				workload APP { memory 4 GB disk 2 TB iops 500 IOPS group G }
				workload-group G { host-design H }
				host-design H { quantity 2 storage SAN-1 }
				storage-system SAN-1 { type san protocol iscsi disks 8 x 600 GB sas-15k 180 IOPS raid-10 hot-spares 1 }
				""";
	}

	@Override
	public String passingExample() {
		return """
				design D { policy { growth 25 % } }
				workload APP { memory 4 GB disk 2 TB iops 500 IOPS group G }
				workload-group G { host-design H }
				host-design H { quantity 2 storage SAN-1 }
				storage-system SAN-1 { type san protocol iscsi disks 12 x 600 GB sas-15k 180 IOPS raid-10 hot-spares 1 }
				""";
	}
}
