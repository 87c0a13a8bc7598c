package org.ddc.rules.step3;

import org.ddc.model.ManagementRole;

/** IPD-3-08: more than one DNS server exists, for fault tolerance (L239). No DNS at all is IPD-3-07. */
public final class AtLeastTwoDnsServers extends SecondServerForRoleRule {

	public AtLeastTwoDnsServers() {
		super("IPD-3-08", ManagementRole.DNS, "DNS server", "add a second DNS server for fault tolerance (for "
				+ "example a second domain controller with the dns role, or 'count 2')", "Run two of these servers");
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
				management-server DC-1 { roles domain-controller, dns runs physical }
				management-server DC-2 { roles domain-controller, dns runs physical }
				""";
	}
}
