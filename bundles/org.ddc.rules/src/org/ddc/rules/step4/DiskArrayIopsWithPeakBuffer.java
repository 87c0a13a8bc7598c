package org.ddc.rules.step4;

import org.ddc.analysis.Quantities;
import java.util.Locale;

import org.ddc.analysis.Sizing;
import org.ddc.analysis.StorageLoad;
import org.ddc.model.DdcPackage;
import org.ddc.model.StorageSystem;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-4-06: the disk array delivers sufficient IOPS for the workload at peak: the design's peak buffer on top of
 * growth (L396, with the buffer of L399). Reported only where the array covers growth alone, so that a shortfall
 * already reported by IPD-4-02 is not reported twice.
 */
public final class DiskArrayIopsWithPeakBuffer extends Rule {

	public DiskArrayIopsWithPeakBuffer() {
		super("IPD-4-06");
	}

	@Override
	public void check(RuleContext context) {
		StorageLoad loads = context.analysis().storage();
		double growth = StorageLoad.growthFactor(context.design());
		double headroom = Sizing.headroom(context.design());
		if (headroom <= growth) {
			return;
		}
		for (StorageSystem storage : context.index().all(StorageSystem.class)) {
			if (StorageIops.isShort(loads, storage, growth) || !StorageIops.isShort(loads, storage, headroom)) {
				continue;
			}
			StorageLoad.Load load = loads.of(storage);
			context.report(storage, DdcPackage.Literals.STORAGE_SYSTEM__DISK_GROUPS, "storage system "
					+ storage.getName() + " delivers " + Quantities.number(StorageIops.delivered(loads, storage))
					+ " IOPS, enough for growth but not for the peak buffer: its hosts need "
					+ Quantities.number(load.iops() * headroom) + " (" + StorageIops.demand(load) + " × "
					+ String.format(Locale.ENGLISH, "%.2f", headroom) + " for peak buffer and growth, "
					+ StorageIops.assumption(loads, storage) + "): add disks or faster disks");
		}
	}

	@Override
	public String firingExample() {
		return """
				design D { policy { peak-buffer 20 % growth 25 % } }
				workload DB { memory 16 GB disk 500 GB iops 2000 IOPS group G }
				workload-group G { host-design H }
				host-design H { quantity 2 storage SAN-1 }
				storage-system SAN-1 { type san protocol iscsi disks 20 x 600 GB sas-15k 180 IOPS raid-10 hot-spares 1 }
				""";
	}

	@Override
	public String passingExample() {
		return """
				design D { policy { peak-buffer 20 % growth 25 % } }
				workload DB { memory 16 GB disk 500 GB iops 2000 IOPS group G }
				workload-group G { host-design H }
				host-design H { quantity 2 storage SAN-1 }
				storage-system SAN-1 { type san protocol iscsi disks 24 x 600 GB sas-15k 180 IOPS raid-10 hot-spares 1 }
				""";
	}
}
