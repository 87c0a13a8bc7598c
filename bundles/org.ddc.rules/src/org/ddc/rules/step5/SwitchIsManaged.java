package org.ddc.rules.step5;

import org.ddc.model.DdcPackage;
import org.ddc.model.NetworkSwitch;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/** IPD-5-04: switches are managed, remotely programmable for configuration automation (L468). */
public final class SwitchIsManaged extends Rule {

	public SwitchIsManaged() {
		super("IPD-5-04");
	}

	@Override
	public void check(RuleContext context) {
		Fix fix = Fix.set("managed", "yes", "Mark the switch as managed");
		for (NetworkSwitch networkSwitch : context.index().all(NetworkSwitch.class)) {
			if (!networkSwitch.isSetManaged()) {
				context.report(networkSwitch, DdcPackage.Literals.ELEMENT__NAME, "switch " + networkSwitch.getName()
						+ " does not say whether it is managed: the Dynamic Datacenter automates switch configuration, "
						+ "so use a managed switch that accepts remote programming ('managed yes')", fix);
			} else if (!networkSwitch.isManaged()) {
				context.report(networkSwitch, DdcPackage.Literals.NETWORK_SWITCH__MANAGED, "switch "
						+ networkSwitch.getName() + " is unmanaged: configuration automation needs switches that "
						+ "accept programming instructions remotely — replace it with a managed switch", fix);
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				switch SW-1 { ports 48 managed no partner SW-2 }
				switch SW-2 { ports 48 managed yes partner SW-1 }
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
