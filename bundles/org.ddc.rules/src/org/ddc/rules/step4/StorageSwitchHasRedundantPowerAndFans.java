package org.ddc.rules.step4;

import java.util.ArrayList;
import java.util.List;

import org.ddc.model.DdcPackage;
import org.ddc.model.Feature;
import org.ddc.model.PowerSupplies;
import org.ddc.model.StorageSwitch;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-4-27: redundant power supplies and cooling fans let a storage switch withstand more faults; other
 * fault-tolerance measures (a partner switch) can offset them (L423). Reported once per switch.
 */
public final class StorageSwitchHasRedundantPowerAndFans extends Rule {

	public StorageSwitchHasRedundantPowerAndFans() {
		super("IPD-4-27");
	}

	@Override
	public void check(RuleContext context) {
		for (StorageSwitch storageSwitch : context.index().all(StorageSwitch.class)) {
			PowerSupplies power = storageSwitch.getPowerSupplies();
			boolean psu = power != null && power.isRedundant() && power.getCount() >= 2;
			boolean fans = storageSwitch.getFeatures().contains(Feature.REDUNDANT_FANS);
			if (psu && fans) {
				continue;
			}
			List<String> missing = new ArrayList<>();
			if (!psu) {
				missing.add("redundant power supplies");
			}
			if (!fans) {
				missing.add("redundant fans");
			}
			context.report(storageSwitch, psu ? DdcPackage.Literals.ELEMENT__NAME
					: power == null ? DdcPackage.Literals.ELEMENT__NAME : DdcPackage.Literals.DEVICE__POWER_SUPPLIES,
					"storage switch " + storageSwitch.getName() + " has no " + String.join(" and no ", missing)
							+ ": add them, or rely on its partner switch and multipath I/O to ride out the fault",
					psu ? Fix.add("features", "redundant-fans", "Add redundant fans")
							: Fix.set("power-supplies", "2 redundant", "Use two redundant power supplies"));
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
