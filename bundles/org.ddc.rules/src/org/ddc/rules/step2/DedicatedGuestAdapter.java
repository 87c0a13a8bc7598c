package org.ddc.rules.step2;

import java.util.Set;

import org.ddc.model.NicPurpose;

/**
 * IPD-2-25: at least one adapter on each host is dedicated to guest virtual machine network I/O (L183); guest
 * adapters may also carry the external (DMZ) VM networks.
 */
public final class DedicatedGuestAdapter extends DedicatedAdapterRule {

	public DedicatedGuestAdapter() {
		super("IPD-2-25", NicPurpose.GUEST_TRAFFIC, Set.of(NicPurpose.GUEST_TRAFFIC, NicPurpose.EXTERNAL),
				"guest VM traffic");
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
