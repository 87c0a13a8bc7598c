package org.ddc.rules.step4;

import org.ddc.model.StorageSystem;
import org.ddc.model.StorageType;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-4-14: a storage system's management port takes a network switch port and is recorded in Table A-5 (L405).
 * External (SAN, NAS) systems record 'management-port switch … subnets …' on a subnet that switch carries;
 * direct-attached systems are managed through their host and are skipped.
 */
public final class StorageManagementPortRecorded extends Rule {

	public StorageManagementPortRecorded() {
		super("IPD-4-14");
	}

	@Override
	public void check(RuleContext context) {
		for (StorageSystem storage : context.index().all(StorageSystem.class)) {
			boolean external = storage.isSetType() ? storage.getType() != StorageType.DAS
					: !storage.getProcessors().isEmpty();
			if (external) {
				ManagementPorts.check(context, storage, "storage system", storage.getManagementPort());
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				storage-system SAN-1 { type san protocol iscsi }
				""";
	}

	@Override
	public String passingExample() {
		return """
				switch SW-1 { ports 48 partner SW-2 }
				switch SW-2 { ports 48 partner SW-1 }
				subnet MGMT { vlan 80 purpose storage-management switches SW-1, SW-2 }
				storage-system SAN-1 { type san protocol iscsi management-port switch SW-1 subnets MGMT }
				""";
	}
}
