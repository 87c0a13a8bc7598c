package org.ddc.rules.step4;

import org.ddc.analysis.Quantities;
import java.util.LinkedHashSet;
import java.util.Set;

import org.ddc.analysis.StorageCapacity;
import org.ddc.analysis.StorageLoad;
import org.ddc.model.DiskGroup;
import org.ddc.model.RaidLevel;
import org.ddc.model.StorageSystem;
import org.ddc.rules.MessageLists;

/** The IOPS comparison shared by IPD-4-02 and IPD-4-06: what a system delivers against what its hosts need. */
final class StorageIops {
	private StorageIops() {
	}

	/** Host-visible IOPS of the system at the design's read/write mix, all copies. */
	static double delivered(StorageLoad loads, StorageSystem storage) {
		return loads.frontEndIops(storage, loads.readShare());
	}

	/**
	 * True when the system's IOPS can be compared: it has workloads with IOPS and rated disks. A shortfall with
	 * some groups unrated is not decided (the unrated disks may make up for it).
	 */
	static boolean isShort(StorageLoad loads, StorageSystem storage, double factor) {
		StorageLoad.Load load = loads.of(storage);
		if (load.iops() <= 0 || storage.getDiskGroups().isEmpty() || !StorageCapacity.iopsKnown(storage)) {
			return false;
		}
		return delivered(loads, storage) < load.iops() * factor;
	}

	/**
	 * Why a system's IOPS cannot be compared although it carries workloads, or null: disks without a per-disk rating,
	 * or workloads that state no IOPS (a check that cannot run says so).
	 */
	static String notComparable(StorageLoad loads, StorageSystem storage) {
		StorageLoad.Load load = loads.of(storage);
		if (load.hostDesigns().isEmpty() || storage.getDiskGroups().isEmpty()) {
			return null;
		}
		if (load.iops() > 0 && !StorageCapacity.iopsKnown(storage)) {
			return "storage system " + storage.getName() + " has disks without a per-disk IOPS rating, so the "
					+ Quantities.number(load.iops()) + " IOPS its hosts need cannot be compared with what it delivers: "
					+ "add the rating to each disk group ('disks 12 x 600 GB sas-15k 180 IOPS')";
		}
		if (load.iops() <= 0 && load.vmDataMb() > 0) {
			return "the workloads on storage system " + storage.getName() + " (host designs "
					+ MessageLists.names(load.hostDesigns(), 5) + ") state no 'iops', so its IOPS "
					+ "cannot be checked: add their peak IOPS (Table A-1)";
		}
		return null;
	}

	/** "11,440 IOPS of the workloads of HD-A". */
	static String demand(StorageLoad.Load load) {
		return Quantities.number(load.iops()) + " IOPS of the workloads of "
				+ MessageLists.names(load.hostDesigns(), 5)
				+ (load.shared() ? " (split with their other storage systems by IOPS)" : "");
	}

	/** "70/30 read/write with RAID write penalties RAID 10: 2, RAID 6: 6". */
	static String assumption(StorageLoad loads, StorageSystem storage) {
		Set<String> penalties = new LinkedHashSet<>();
		for (DiskGroup group : storage.getDiskGroups()) {
			RaidLevel raid = StorageCapacity.raid(group);
			penalties.add((raid == null ? "no RAID" : raid.getLiteral().toUpperCase().replace('-', ' ')) + ": "
					+ StorageCapacity.writePenalty(raid));
		}
		return "assuming " + StorageText.mix(loads.readShare()) + " with RAID write penalty "
				+ String.join(", ", penalties);
	}
}
