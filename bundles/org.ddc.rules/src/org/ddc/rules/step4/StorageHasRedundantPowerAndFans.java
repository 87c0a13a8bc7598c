package org.ddc.rules.step4;

import org.ddc.model.DdcPackage;
import org.ddc.model.Feature;
import org.ddc.model.PowerSupplies;
import org.ddc.model.StorageSystem;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-4-12: a storage array holding VMs or backups has redundant power supplies ('power-supplies 2 redundant') and
 * redundant fans (L403). Where other fault-tolerance measures offset them, suppress the finding with a reason.
 */
public final class StorageHasRedundantPowerAndFans extends Rule {

	public StorageHasRedundantPowerAndFans() {
		super("IPD-4-12");
	}

	@Override
	public void check(RuleContext context) {
		for (StorageSystem storage : context.analysis().storage().inUse()) {
			PowerSupplies power = storage.getPowerSupplies();
			if (power == null || !power.isRedundant() || power.getCount() < 2) {
				context.report(storage, power == null ? DdcPackage.Literals.ELEMENT__NAME
						: DdcPackage.Literals.DEVICE__POWER_SUPPLIES, "storage system " + storage.getName()
								+ (power == null ? " declares no power supplies" : " has no redundant power supplies")
								+ ": use at least two redundant power supplies so that the array survives a "
								+ "power supply failure",
						Fix.set("power-supplies", "2 redundant", "Use two redundant power supplies"));
			}
			if (!storage.getFeatures().contains(Feature.REDUNDANT_FANS)) {
				context.report(storage, storage.getFeatures().isEmpty() ? DdcPackage.Literals.ELEMENT__NAME
						: DdcPackage.Literals.DEVICE__FEATURES, "storage system " + storage.getName()
								+ " has no redundant fans: choose an array with redundant cooling fans",
						Fix.add("features", "redundant-fans", "Add redundant fans"));
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				host-design H { quantity 2 storage SAN-1 }
				storage-system SAN-1 { type san protocol iscsi power-supplies 1 }
				""";
	}

	@Override
	public String passingExample() {
		return """
				host-design H { quantity 2 storage SAN-1 }
				storage-system SAN-1 { type san protocol iscsi power-supplies 2 redundant features redundant-fans }
				""";
	}
}
