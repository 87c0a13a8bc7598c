package org.ddc.rules.step5;

import org.ddc.analysis.DesignIndex;
import org.ddc.model.DdcPackage;
import org.ddc.model.NetworkSwitch;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/** IPD-5-14: every switch has a failover partner (L477), and partners name each other. */
public final class SwitchHasFailoverPartner extends Rule {

	public SwitchHasFailoverPartner() {
		super("IPD-5-14");
	}

	@Override
	public void check(RuleContext context) {
		for (NetworkSwitch networkSwitch : context.index().all(NetworkSwitch.class)) {
			NetworkSwitch partner = networkSwitch.getPartner();
			if (partner == null) {
				context.report(networkSwitch, DdcPackage.Literals.ELEMENT__NAME, "switch " + networkSwitch.getName()
						+ " has no failover partner: pair it with a second switch ('partner <switch>') so that no "
						+ "switch is a single point of failure");
			} else if (partner == networkSwitch) {
				context.report(networkSwitch, DdcPackage.Literals.NETWORK_SWITCH__PARTNER, "switch "
						+ networkSwitch.getName() + " names itself as partner: name the other switch of its pair");
			} else if (DesignIndex.live(partner) && partner.getPartner() != null && partner.getPartner() != networkSwitch) {
				NetworkSwitch other = partner.getPartner();
				context.report(networkSwitch, DdcPackage.Literals.NETWORK_SWITCH__PARTNER, "switch "
						+ networkSwitch.getName() + " names " + partner.getName() + " as partner, but "
						+ partner.getName() + " names " + (DesignIndex.live(other) ? other.getName() : "another switch")
						+ ": make the pair mutual, or give " + networkSwitch.getName() + " a partner of its own");
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				switch SW-1 { ports 48 managed yes }
				""";
	}

	@Override
	public String passingExample() {
		return """
				switch SW-1 { ports 48 managed yes partner SW-2 }
				switch SW-2 { ports 48 managed yes partner SW-1 }
				""";
	}
}
