package org.ddc.analysis;

import org.ddc.model.Design;
import org.ddc.model.DiskGroup;
import org.ddc.model.RaidLevel;
import org.ddc.model.SizingPolicy;
import org.ddc.model.StorageSystem;

/**
 * What the disks of one storage system deliver: usable capacity after RAID and hot spares, and the IOPS the hosts
 * see once the RAID write penalty is paid. Hot spares hold no data and serve no I/O. Usable capacity counts the
 * data disks of each disk group: RAID 0 (or no RAID level declared) all of them, RAID 1 and 10 half,
 * RAID 5 n − 1, RAID 6 n − 2, RAID 50 n − 2 and RAID 60 n − 4 (two spans assumed). Disk groups of one system are assumed to share
 * the load (tiering or striping across groups), so their capacities and IOPS add up.
 */
public final class StorageCapacity {
	/** The read share of the I/O assumed when a design does not say otherwise: 70 % reads, 30 % writes. */
	public static final double DEFAULT_READ_SHARE = 0.7;

	private StorageCapacity() {
	}

	/** The read share of the I/O (0–1): the policy's 'read-ratio', else {@link #DEFAULT_READ_SHARE}. */
	public static double readShare(Design design) {
		SizingPolicy policy = design != null ? design.getPolicy() : null;
		return policy != null && policy.getReadRatio() != null ? policy.getReadRatio().base() / 100
				: DEFAULT_READ_SHARE;
	}

	/** Disks of a group that hold data (count minus hot spares), never negative. */
	public static int activeDisks(DiskGroup group) {
		return Math.max(0, group.getCount() - Math.max(0, group.getHotSpares()));
	}

	/** The RAID level of a group, or null when none is declared. */
	public static RaidLevel raid(DiskGroup group) {
		return group.isSetRaid() ? group.getRaid() : null;
	}

	/** Disks' worth of usable capacity among {@code active} disks at a RAID level (null: no redundancy). */
	public static int dataDisks(RaidLevel raid, int active) {
		if (raid == null) {
			return Math.max(0, active);
		}
		int data = switch (raid) {
		case RAID0 -> active;
		case RAID1, RAID10 -> active / 2;
		case RAID5 -> active - 1;
		case RAID6, RAID50 -> active - 2;
		case RAID60 -> active - 4;
		};
		return Math.max(0, data);
	}

	/** Back-end I/Os per host write: 1 without RAID or RAID 0, 2 for RAID 1/10, 4 for RAID 5/50, 6 for RAID 6/60. */
	public static int writePenalty(RaidLevel raid) {
		if (raid == null) {
			return 1;
		}
		return switch (raid) {
		case RAID0 -> 1;
		case RAID1, RAID10 -> 2;
		case RAID5, RAID50 -> 4;
		case RAID6, RAID60 -> 6;
		};
	}

	/** Usable capacity of one group in MB (0 when its disk size is not declared). */
	public static double usableMb(DiskGroup group) {
		return group.getSize() == null ? 0 : dataDisks(raid(group), activeDisks(group)) * group.getSize().base();
	}

	/** Usable capacity of all groups of a system in MB. */
	public static double usableMb(StorageSystem storage) {
		return storage.getDiskGroups().stream().mapToDouble(StorageCapacity::usableMb).sum();
	}

	/** True when every group with active disks declares its IOPS per disk, so that the system's IOPS is known. */
	public static boolean iopsKnown(StorageSystem storage) {
		return storage.getDiskGroups().stream().allMatch(g -> activeDisks(g) == 0 || g.getIopsPerDisk() != null);
	}

	/** Back-end IOPS of one group: active disks × IOPS per disk (0 when not declared). */
	public static double rawIops(DiskGroup group) {
		return group.getIopsPerDisk() == null ? 0 : activeDisks(group) * group.getIopsPerDisk().base();
	}

	/**
	 * Host-visible IOPS of one group for a read share: back-end IOPS / (reads + writes × write penalty). With
	 * 70/30 and RAID 10, 10 disks of 140 IOPS give 1,400 / 1.3 ≈ 1,077 IOPS.
	 */
	public static double frontEndIops(DiskGroup group, double readShare) {
		double cost = readShare + (1 - readShare) * writePenalty(raid(group));
		return rawIops(group) / cost;
	}

	/** Host-visible IOPS of all groups of a system (groups without a declared IOPS count 0). */
	public static double frontEndIops(StorageSystem storage, double readShare) {
		return storage.getDiskGroups().stream().mapToDouble(g -> frontEndIops(g, readShare)).sum();
	}

	/** Hot-spare disks over all groups. */
	public static int hotSpares(StorageSystem storage) {
		return storage.getDiskGroups().stream().mapToInt(g -> Math.max(0, g.getHotSpares())).sum();
	}
}
