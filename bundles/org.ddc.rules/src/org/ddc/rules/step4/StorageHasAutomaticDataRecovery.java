package org.ddc.rules.step4;

import org.ddc.model.DdcPackage;
import org.ddc.model.Feature;
import org.ddc.model.StorageSystem;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-4-11: a storage system holding VMs or backups rebuilds a failed disk automatically in the background (feature
 * automatic-data-recovery, L402).
 */
public final class StorageHasAutomaticDataRecovery extends Rule {

	public StorageHasAutomaticDataRecovery() {
		super("IPD-4-11");
	}

	@Override
	public void check(RuleContext context) {
		for (StorageSystem storage : context.analysis().storage().inUse()) {
			if (storage.getFeatures().contains(Feature.AUTOMATIC_DATA_RECOVERY)) {
				continue;
			}
			context.report(storage, storage.getFeatures().isEmpty() ? DdcPackage.Literals.ELEMENT__NAME
					: DdcPackage.Literals.DEVICE__FEATURES, "storage system " + storage.getName()
							+ " has no automatic data recovery: choose a system that rebuilds a failed disk onto a "
							+ "spare in the background and add the feature automatic-data-recovery",
					Fix.add("features", "automatic-data-recovery", "Add automatic data recovery"));
		}
	}

	@Override
	public String firingExample() {
		return """
				host-design H { quantity 2 storage SAN-1 }
				storage-system SAN-1 { type san protocol iscsi features hot-swap-disks }
				""";
	}

	@Override
	public String passingExample() {
		return """
				host-design H { quantity 2 storage SAN-1 }
				storage-system SAN-1 { type san protocol iscsi features hot-swap-disks, automatic-data-recovery }
				""";
	}
}
