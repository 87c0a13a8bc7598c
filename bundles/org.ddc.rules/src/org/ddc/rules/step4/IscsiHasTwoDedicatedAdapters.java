package org.ddc.rules.step4;

import java.util.ArrayList;
import java.util.List;

import org.ddc.analysis.StorageLoad;
import org.ddc.model.DdcPackage;
import org.ddc.model.Hba;
import org.ddc.model.HbaKind;
import org.ddc.model.HostDesign;
import org.ddc.model.NetworkAdapter;
import org.ddc.model.NicPurpose;
import org.ddc.model.StorageProtocol;
import org.ddc.model.StorageSystem;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-4-20: a host using iSCSI storage dedicates at least two network adapters to the iSCSI network (L413).
 * Dedicated: adapters whose only purpose is iscsi, and iSCSI HBAs (hardware initiators) that carry data.
 */
public final class IscsiHasTwoDedicatedAdapters extends Rule {

	public IscsiHasTwoDedicatedAdapters() {
		super("IPD-4-20");
	}

	@Override
	public void check(RuleContext context) {
		for (HostDesign host : context.index().all(HostDesign.class)) {
			List<StorageSystem> iscsi = StorageLoad.vmStorage(host).stream()
					.filter(s -> s.isSetProtocol() && s.getProtocol() == StorageProtocol.ISCSI).toList();
			if (iscsi.isEmpty()) {
				continue;
			}
			List<String> dedicated = new ArrayList<>();
			List<String> shared = new ArrayList<>();
			for (NetworkAdapter adapter : host.getAdapters()) {
				if (adapter.getPurposes().contains(NicPurpose.ISCSI)) {
					(adapter.getPurposes().stream().allMatch(p -> p == NicPurpose.ISCSI) ? dedicated : shared)
							.add(adapter.getName());
				}
			}
			for (Hba hba : host.getHbas()) {
				if (hba.getKind() == HbaKind.ISCSI && StorageLoad.carriesData(hba)) {
					dedicated.add(hba.getName());
				}
			}
			if (dedicated.size() >= 2) {
				continue;
			}
			context.report(host, DdcPackage.Literals.HOST_DESIGN__ADAPTERS, "host design " + host.getName()
					+ " uses iSCSI storage " + StorageText.names(iscsi, StorageSystem::getName) + " with "
					+ (dedicated.isEmpty() ? "no adapter" : "one adapter, " + dedicated.get(0) + ",")
					+ " dedicated to iSCSI" + (shared.isEmpty() ? "" : " (" + String.join(", ", shared)
							+ " also carr" + (shared.size() == 1 ? "ies" : "y") + " other traffic)")
					+ ": dedicate at least two network adapters to the iSCSI network ('purpose iscsi' only)");
		}
	}

	@Override
	public String firingExample() {
		return """
				storage-system SAN-1 { type san protocol iscsi }
				host-design H { quantity 2 storage SAN-1
					adapter NIC-1 ports 1 speed 10 Gbps purpose iscsi
					adapter NIC-2 ports 1 speed 10 Gbps purpose iscsi, guest-traffic }
				""";
	}

	@Override
	public String passingExample() {
		return """
				storage-system SAN-1 { type san protocol iscsi }
				host-design H { quantity 2 storage SAN-1
					adapter NIC-1 ports 1 speed 10 Gbps purpose iscsi
					adapter NIC-2 ports 1 speed 10 Gbps purpose iscsi
					adapter NIC-3 ports 1 speed 10 Gbps purpose guest-traffic }
				""";
	}
}
