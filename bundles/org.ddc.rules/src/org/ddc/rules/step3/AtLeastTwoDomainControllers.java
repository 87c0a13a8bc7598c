package org.ddc.rules.step3;

import org.ddc.model.ManagementRole;

/** IPD-3-10: at least two domain controllers, for fault tolerance (L240, L245). None at all is IPD-3-07. */
public final class AtLeastTwoDomainControllers extends SecondServerForRoleRule {

	public AtLeastTwoDomainControllers() {
		super("IPD-3-10", ManagementRole.DOMAIN_CONTROLLER, "domain controller", "add a second one for fault "
				+ "tolerance (two handle the authentication of most initial Dynamic Datacenters)",
				"Run two domain controllers");
	}

	@Override
	public String firingExample() {
		return """
				management-server DC-1 { roles domain-controller, dns runs physical }
				""";
	}

	@Override
	public String passingExample() {
		return """
				management-server DC-1 { roles domain-controller, dns runs physical count 2 }
				""";
	}
}
