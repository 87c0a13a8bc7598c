package org.ddc.rules.step2;

import java.util.Set;

import org.ddc.model.NicPurpose;

/** IPD-2-21: one adapter on each host is dedicated to host I/O and management, such as host OS patching (L179). */
public final class DedicatedHostManagementAdapter extends DedicatedAdapterRule {

	public DedicatedHostManagementAdapter() {
		super("IPD-2-21", NicPurpose.HOST_MANAGEMENT, Set.of(NicPurpose.HOST_MANAGEMENT), "host management");
	}

	@Override
	public String firingExample() {
		return """
				host-design HD-1 {
					memory 256 GB
					adapter NIC-1 ports 2 purpose host-management, guest-traffic vlan-tagging
				}
				""";
	}

	@Override
	public String passingExample() {
		return """
				host-design HD-1 {
					memory 256 GB
					adapter NIC-MGMT ports 1 purpose host-management
					adapter NIC-GUEST ports 2 purpose guest-traffic vlan-tagging
				}
				""";
	}
}
