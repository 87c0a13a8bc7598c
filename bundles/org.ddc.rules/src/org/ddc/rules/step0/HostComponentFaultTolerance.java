package org.ddc.rules.step0;

import java.util.List;

import org.ddc.model.DdcPackage;
import org.ddc.model.Feature;
import org.ddc.model.HostDesign;
import org.ddc.model.PowerSupplies;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-0-06: component-level fault tolerance of the servers (L65): redundant power supplies, battery backup, ECC
 * memory and redundant fans. Reported per host design for power supplies that are not redundant, and once for
 * the missing components, each finding with the fix that repairs it.
 */
public final class HostComponentFaultTolerance extends Rule {
	private static final List<Feature> COMPONENTS = List.of(Feature.BATTERY_BACKUP, Feature.ECC_MEMORY,
			Feature.REDUNDANT_FANS);

	public HostComponentFaultTolerance() {
		super("IPD-0-06");
	}

	@Override
	public void check(RuleContext context) {
		for (HostDesign host : context.index().all(HostDesign.class)) {
			PowerSupplies power = host.getPowerSupplies();
			if (power == null || !power.isRedundant()) {
				context.report(host, power == null ? DdcPackage.Literals.ELEMENT__NAME
						: DdcPackage.Literals.DEVICE__POWER_SUPPLIES, "host design " + host.getName()
						+ " has no redundant power supplies: component-level fault tolerance is missing there — use "
						+ "'power-supplies 2 redundant', or rely knowingly on clustering and system-level measures",
						Fix.set("power-supplies", "2 redundant", "Use two redundant power supplies"));
			}
			List<String> missing = COMPONENTS.stream().filter(feature -> !host.getFeatures().contains(feature))
					.map(Feature::getLiteral).toList();
			if (!missing.isEmpty()) {
				String features = String.join(", ", missing);
				context.report(host, host.getFeatures().isEmpty() ? DdcPackage.Literals.ELEMENT__NAME
						: DdcPackage.Literals.DEVICE__FEATURES, "host design " + host.getName() + " has no "
						+ features + ": component-level fault tolerance is missing there — add them to its "
						+ "'features', or rely knowingly on clustering and system-level measures",
						Fix.add("features", features, "Add " + features));
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				host-design H { memory 256 GB power-supplies 1 features ecc-memory }
				""";
	}

	@Override
	public String passingExample() {
		return """
				host-design H {
					memory 256 GB
					power-supplies 2 redundant
					features ecc-memory, redundant-fans, battery-backup
				}
				""";
	}
}
