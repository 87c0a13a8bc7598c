package org.ddc.rules.step4;

import org.ddc.model.DdcPackage;
import org.ddc.model.Feature;
import org.ddc.model.PowerSupplies;
import org.ddc.model.StorageSwitch;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-4-27: redundant power supplies and cooling fans let a storage switch withstand more faults; other
 * fault-tolerance measures (a partner switch) can offset them (L423). Reported per switch for the power supplies
 * and for the fans, each finding with the fix that repairs it.
 */
public final class StorageSwitchHasRedundantPowerAndFans extends Rule {

	public StorageSwitchHasRedundantPowerAndFans() {
		super("IPD-4-27");
	}

	@Override
	public void check(RuleContext context) {
		for (StorageSwitch storageSwitch : context.index().all(StorageSwitch.class)) {
			PowerSupplies power = storageSwitch.getPowerSupplies();
			String fallback = ", or rely on its partner switch and multipath I/O to ride out the fault";
			if (power == null || !power.isRedundant() || power.getCount() < 2) {
				context.report(storageSwitch, power == null ? DdcPackage.Literals.ELEMENT__NAME
						: DdcPackage.Literals.DEVICE__POWER_SUPPLIES, "storage switch " + storageSwitch.getName()
						+ " has no redundant power supplies: use 'power-supplies 2 redundant'" + fallback,
						Fix.set("power-supplies", "2 redundant", "Use two redundant power supplies"));
			}
			if (!storageSwitch.getFeatures().contains(Feature.REDUNDANT_FANS)) {
				context.report(storageSwitch, storageSwitch.getFeatures().isEmpty() ? DdcPackage.Literals.ELEMENT__NAME
						: DdcPackage.Literals.DEVICE__FEATURES, "storage switch " + storageSwitch.getName()
						+ " has no redundant fans: add 'redundant-fans' to its features" + fallback,
						Fix.add("features", "redundant-fans", "Add redundant fans"));
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				storage-switch FC-A { protocol fibre-channel ports 24 power-supplies 1 }
				""";
	}

	@Override
	public String passingExample() {
		return """
				storage-switch FC-A { protocol fibre-channel ports 24 power-supplies 2 redundant features redundant-fans }
				""";
	}
}
