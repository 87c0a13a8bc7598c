package org.ddc.rules.step4;

import org.ddc.model.StorageSwitch;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-4-28: a storage switch's management port increments the network switch ports of Table A-5 (L424–425): it is
 * recorded as 'management-port switch … subnets …' on a subnet that network switch carries.
 */
public final class StorageSwitchManagementPortRecorded extends Rule {

	public StorageSwitchManagementPortRecorded() {
		super("IPD-4-28");
	}

	@Override
	public void check(RuleContext context) {
		for (StorageSwitch storageSwitch : context.index().all(StorageSwitch.class)) {
			ManagementPorts.check(context, storageSwitch, "storage switch", storageSwitch.getManagementPort());
		}
	}

	@Override
	public String firingExample() {
		return """
				switch SW-1 { ports 48 partner SW-2 }
				switch SW-2 { ports 48 partner SW-1 }
				subnet MGMT { vlan 80 purpose storage-management switches SW-2 }
				storage-switch FC-A { protocol fibre-channel ports 24 management-port switch SW-1 subnets MGMT }
				""";
	}

	@Override
	public String passingExample() {
		return """
				switch SW-1 { ports 48 partner SW-2 }
				switch SW-2 { ports 48 partner SW-1 }
				subnet MGMT { vlan 80 purpose storage-management switches SW-1, SW-2 }
				storage-switch FC-A { protocol fibre-channel ports 24 management-port switch SW-1 subnets MGMT }
				""";
	}
}
