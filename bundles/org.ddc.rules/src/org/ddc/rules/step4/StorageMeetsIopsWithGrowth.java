package org.ddc.rules.step4;

import org.ddc.analysis.Quantities;
import org.ddc.analysis.StorageLoad;
import org.ddc.model.DdcPackage;
import org.ddc.model.StorageSystem;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-4-02: a storage system delivers the IOPS of the in-scope workloads of the host designs using it, plus the
 * design's growth (L380). Delivered IOPS: active disks × IOPS per disk, over the RAID write penalty at an assumed
 * 70/30 read/write mix (see StorageCapacity).
 */
public final class StorageMeetsIopsWithGrowth extends Rule {

	public StorageMeetsIopsWithGrowth() {
		super("IPD-4-02");
	}

	@Override
	public void check(RuleContext context) {
		StorageLoad loads = context.analysis().storage();
		double growth = StorageLoad.growthFactor(context.design());
		for (StorageSystem storage : context.index().all(StorageSystem.class)) {
			String unknown = StorageIops.notComparable(loads, storage);
			if (unknown != null) {
				context.notChecked(storage, DdcPackage.Literals.STORAGE_SYSTEM__DISK_GROUPS, unknown);
				continue;
			}
			if (!StorageIops.isShort(loads, storage, growth)) {
				continue;
			}
			StorageLoad.Load load = loads.of(storage);
			context.report(storage, DdcPackage.Literals.STORAGE_SYSTEM__DISK_GROUPS, "storage system "
					+ storage.getName() + " delivers " + Quantities.number(StorageIops.delivered(loads, storage))
					+ " IOPS but its hosts need " + Quantities.number(load.iops() * growth) + " ("
					+ StorageIops.demand(load) + (growth > 1 ? " + " + StorageText.growth(growth) : "") + ", "
					+ StorageIops.assumption(loads, storage) + "): add disks or faster disks, or use RAID 10");
		}
	}

	@Override
	public String firingExample() {
		return """
				design D { policy { growth 25 % } }
				workload DB { memory 16 GB disk 500 GB iops 2000 IOPS group G }
				workload-group G { host-design H }
				host-design H { quantity 2 storage SAN-1 }
				storage-system SAN-1 { type san protocol iscsi disks 12 x 600 GB sas-15k 180 IOPS raid-5 hot-spares 1 }
				""";
	}

	@Override
	public String passingExample() {
		return """
				design D { policy { growth 25 % } }
				workload DB { memory 16 GB disk 500 GB iops 2000 IOPS group G }
				workload-group G { host-design H }
				host-design H { quantity 2 storage SAN-1 }
				storage-system SAN-1 { type san protocol iscsi disks 20 x 600 GB sas-15k 180 IOPS raid-10 hot-spares 1 }
				""";
	}
}
