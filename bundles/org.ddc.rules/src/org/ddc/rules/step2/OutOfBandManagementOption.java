package org.ddc.rules.step2;

import org.ddc.analysis.network.HostAdapters;
import org.ddc.model.DdcPackage;
import org.ddc.model.Feature;
import org.ddc.model.HostDesign;
import org.ddc.model.NicPurpose;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-2-18: optionally, remote out-of-band management on the hosts (L176). Reported once per host design that has
 * neither the out-of-band feature nor a lights-out adapter.
 */
public final class OutOfBandManagementOption extends Rule {

	public OutOfBandManagementOption() {
		super("IPD-2-18");
	}

	@Override
	public void check(RuleContext context) {
		for (HostDesign host : context.index().all(HostDesign.class)) {
			if (!host.getFeatures().contains(Feature.OUT_OF_BAND)
					&& !HostAdapters.hasPurpose(host, NicPurpose.LIGHTS_OUT)) {
				context.report(host, DdcPackage.Literals.ELEMENT__NAME, "host design " + host.getName()
						+ " has no remote out-of-band management: it is optional, but lets operators monitor and "
						+ "control a host whether or not it is running — add 'features out-of-band' if the model has it",
						Fix.add("features", Feature.OUT_OF_BAND.getLiteral(), "Add out-of-band management"));
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				host-design HD-1 { quantity 2 memory 256 GB }
				""";
	}

	@Override
	public String passingExample() {
		return """
				host-design HD-1 { quantity 2 memory 256 GB features out-of-band }
				""";
	}
}
