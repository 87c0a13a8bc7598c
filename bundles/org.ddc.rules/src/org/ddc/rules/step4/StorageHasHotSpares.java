package org.ddc.rules.step4;

import java.util.List;

import org.ddc.analysis.StorageCapacity;
import org.ddc.model.DdcPackage;
import org.ddc.model.DiskGroup;
import org.ddc.model.RaidLevel;
import org.ddc.model.StorageSystem;
import org.ddc.rules.MessageLists;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-4-10: hot or warm spare disks keep the provisioned storage resilient when a disk fails (L401). Reported once
 * per storage system in use whose redundant disk groups (RAID 1 and up) have no hot spare.
 */
public final class StorageHasHotSpares extends Rule {

	public StorageHasHotSpares() {
		super("IPD-4-10");
	}

	@Override
	public void check(RuleContext context) {
		for (StorageSystem storage : context.analysis().storage().inUse()) {
			List<DiskGroup> bare = storage.getDiskGroups().stream().filter(g -> g.getHotSpares() <= 0)
					.filter(g -> StorageCapacity.raid(g) != null && StorageCapacity.raid(g) != RaidLevel.RAID0)
					.toList();
			if (bare.isEmpty()) {
				continue;
			}
			context.report(storage, DdcPackage.Literals.STORAGE_SYSTEM__DISK_GROUPS, "storage system "
					+ storage.getName() + " has no hot spare in " + MessageLists.join(bare, StorageText::group, 5)
					+ ": add 'hot-spares N' so that a failed disk is rebuilt at once, or agree warm spares and "
					+ "replacement times with the storage vendor");
		}
	}

	@Override
	public String firingExample() {
		return """
				host-design H { quantity 2 storage SAN-1 }
				storage-system SAN-1 { type san protocol iscsi disks 12 x 600 GB sas-15k raid-10 }
				""";
	}

	@Override
	public String passingExample() {
		return """
				host-design H { quantity 2 storage SAN-1 }
				storage-system SAN-1 { type san protocol iscsi disks 12 x 600 GB sas-15k raid-10 hot-spares 1 }
				""";
	}
}
