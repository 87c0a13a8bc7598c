package org.ddc.rules.step5;

import org.ddc.model.DdcPackage;
import org.ddc.model.NicPurpose;
import org.ddc.model.StorageProtocol;
import org.ddc.model.StorageSystem;
import org.ddc.model.Subnet;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-5-02: the network design includes the iSCSI network designed in Step 4 (L462): an iSCSI storage system
 * needs an iSCSI subnet (purpose iscsi) in the network design, whether it shares the switches or not.
 */
public final class IscsiNetworkIsPartOfTheDesign extends Rule {

	public IscsiNetworkIsPartOfTheDesign() {
		super("IPD-5-02");
	}

	@Override
	public void check(RuleContext context) {
		boolean iscsiSubnet = context.index().all(Subnet.class).stream()
				.anyMatch(s -> s.isSetPurpose() && s.getPurpose() == NicPurpose.ISCSI);
		if (iscsiSubnet) {
			return;
		}
		for (StorageSystem storage : context.index().all(StorageSystem.class)) {
			if (storage.isSetProtocol() && storage.getProtocol() == StorageProtocol.ISCSI) {
				context.report(storage, DdcPackage.Literals.STORAGE_SYSTEM__PROTOCOL, "storage system "
						+ storage.getName() + " is reached over iSCSI but the network design has no iSCSI subnet: "
						+ "add the iSCSI network of Step 4 ('subnet … { purpose iscsi }') so that its ports and "
						+ "VLANs are counted with the rest of the network");
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				storage-system SAN-1 { type san protocol iscsi }
				subnet NET-MGMT { vlan 10 purpose host-management }
				""";
	}

	@Override
	public String passingExample() {
		return """
				storage-system SAN-1 { type san protocol iscsi }
				subnet NET-MGMT { vlan 10 purpose host-management }
				subnet NET-ISCSI { vlan 70 purpose iscsi }
				""";
	}
}
