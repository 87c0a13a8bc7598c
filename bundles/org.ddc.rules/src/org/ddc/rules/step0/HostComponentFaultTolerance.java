package org.ddc.rules.step0;

import java.util.ArrayList;
import java.util.List;

import org.ddc.model.DdcPackage;
import org.ddc.model.Feature;
import org.ddc.model.HostDesign;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-0-06: component-level fault tolerance of the servers (L65): redundant power supplies, battery backup, ECC
 * memory and redundant fans. Reported once per host design that lacks any of them.
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
			List<String> missing = new ArrayList<>();
			if (host.getPowerSupplies() == null || !host.getPowerSupplies().isRedundant()) {
				missing.add("redundant power supplies");
			}
			Feature firstFeature = null;
			for (Feature feature : COMPONENTS) {
				if (!host.getFeatures().contains(feature)) {
					missing.add(feature.getLiteral());
					firstFeature = firstFeature == null ? feature : firstFeature;
				}
			}
			if (missing.isEmpty()) {
				continue;
			}
			context.report(host, host.getFeatures().isEmpty() ? DdcPackage.Literals.ELEMENT__NAME
					: DdcPackage.Literals.DEVICE__FEATURES, "host design " + host.getName() + " has no "
					+ String.join(", ", missing) + ": component-level fault tolerance is missing there — add "
					+ "them, or rely knowingly on clustering and system-level measures",
					firstFeature != null ? Fix.add("features", firstFeature.getLiteral(), "Add " + firstFeature.getLiteral())
							: null);
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
