package org.ddc.rules.step5;

import org.ddc.model.DdcPackage;
import org.ddc.model.Firewall;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-5-26: firewalls are placed by the sensitivity of the data (L493): between the Dynamic Datacenter and the
 * outside, between it and the traditional datacenter, or inside it. A firewall says which.
 */
public final class FirewallPlacementIsDecided extends Rule {

	public FirewallPlacementIsDecided() {
		super("IPD-5-26");
	}

	@Override
	public void check(RuleContext context) {
		for (Firewall fw : context.index().all(Firewall.class)) {
			if (!fw.isSetPosition()) {
				context.report(fw, DdcPackage.Literals.ELEMENT__NAME, "firewall " + fw.getName()
						+ " does not say what it separates: declare its position ('position edge', "
						+ "'datacenter-boundary' or 'internal'), chosen by the sensitivity of the data behind it");
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				firewall FW-1 { type "NGFW" quantity 2 }
				""";
	}

	@Override
	public String passingExample() {
		return """
				firewall FW-1 { type "NGFW" quantity 2 position edge }
				""";
	}
}
