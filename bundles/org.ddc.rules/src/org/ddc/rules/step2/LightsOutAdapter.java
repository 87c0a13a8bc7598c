package org.ddc.rules.step2;

import java.util.Set;

import org.ddc.analysis.network.HostAdapters;
import org.ddc.model.DdcPackage;
import org.ddc.model.Feature;
import org.ddc.model.HostDesign;
import org.ddc.model.NicPurpose;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-2-27: dedicated "lights out" management adapters allow reboot, shutdown, troubleshooting and alarms even
 * when the host OS is unresponsive (L184). Reported once per host design with out-of-band management but no
 * adapter dedicated to it (hosts without out-of-band management are reported by IPD-2-18).
 */
public final class LightsOutAdapter extends Rule {

	public LightsOutAdapter() {
		super("IPD-2-27");
	}

	@Override
	public void check(RuleContext context) {
		for (HostDesign host : context.index().all(HostDesign.class)) {
			boolean outOfBand = host.getFeatures().contains(Feature.OUT_OF_BAND)
					|| HostAdapters.hasPurpose(host, NicPurpose.LIGHTS_OUT);
			if (outOfBand && host.getAdapters().stream()
					.noneMatch(a -> HostAdapters.dedicatedTo(a, Set.of(NicPurpose.LIGHTS_OUT)))) {
				context.report(host, DdcPackage.Literals.ELEMENT__NAME, "host design " + host.getName()
						+ " has out-of-band management but no adapter dedicated to it: add its management "
						+ "controller port as 'adapter <name> ports 1 purpose lights-out' on the management network");
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				host-design HD-1 { quantity 2 memory 256 GB features out-of-band }
				""";
	}

	@Override
	public String passingExample() {
		return """
				host-design HD-1 {
					quantity 2 memory 256 GB features out-of-band
					adapter NIC-ILO ports 1 purpose lights-out
				}
				""";
	}
}
