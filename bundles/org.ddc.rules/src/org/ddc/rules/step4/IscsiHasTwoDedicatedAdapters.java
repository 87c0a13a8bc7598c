package org.ddc.rules.step4;

import java.util.ArrayList;
import java.util.List;

import org.ddc.analysis.DesignIndex;
import org.ddc.analysis.StorageLoad;
import org.ddc.model.DdcPackage;
import org.ddc.model.Hba;
import org.ddc.model.HbaKind;
import org.ddc.model.HostDesign;
import org.ddc.model.NetworkAdapter;
import org.ddc.model.NicPurpose;
import org.ddc.model.StorageProtocol;
import org.ddc.model.StorageSystem;
import org.ddc.rules.MessageLists;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-4-20: a host using iSCSI storage dedicates at least two network adapters to the iSCSI network (L413).
 * Dedicated: adapters whose only purpose is iscsi, and iSCSI HBAs (hardware initiators) that carry data. The finding
 * sits where the design connects iSCSI and its advice uses the same construct: on the iSCSI HBA of a design that
 * connects through HBAs ("add a second iSCSI HBA"), on the adapter that also carries other traffic or on the single
 * iSCSI adapter of a design that connects through adapters ('purpose iscsi' alone), and on the host design's
 * reference to the iSCSI storage when nothing connects to it.
 */
public final class IscsiHasTwoDedicatedAdapters extends Rule {

	public IscsiHasTwoDedicatedAdapters() {
		super("IPD-4-20");
	}

	@Override
	public void check(RuleContext context) {
		for (HostDesign host : context.index().all(HostDesign.class)) {
			List<StorageSystem> iscsi = StorageLoad.vmStorage(host, context.platform()).stream()
					.filter(s -> s.isSetProtocol() && s.getProtocol() == StorageProtocol.ISCSI).toList();
			if (iscsi.isEmpty()) {
				continue;
			}
			List<NetworkAdapter> dedicated = new ArrayList<>();
			List<NetworkAdapter> shared = new ArrayList<>();
			for (NetworkAdapter adapter : host.getAdapters()) {
				if (adapter.getPurposes().contains(NicPurpose.ISCSI)) {
					(adapter.getPurposes().stream().allMatch(p -> p == NicPurpose.ISCSI) ? dedicated : shared)
							.add(adapter);
				}
			}
			List<Hba> hbas = host.getHbas().stream()
					.filter(h -> h.getKind() == HbaKind.ISCSI && StorageLoad.carriesData(h)).toList();
			if (dedicated.size() + hbas.size() >= 2) {
				continue;
			}
			String uses = "host design " + host.getName() + " uses iSCSI storage "
					+ MessageLists.names(iscsi, 5);
			if (!shared.isEmpty()) {
				NetworkAdapter first = shared.get(0);
				String one = !hbas.isEmpty() ? "iSCSI HBA " + hbas.get(0).getName()
						: !dedicated.isEmpty() ? "adapter " + dedicated.get(0).getName() : null;
				context.report(first, DdcPackage.Literals.NETWORK_ADAPTER__PURPOSES, uses + " with "
						+ (one == null ? "no adapter" : "one connection, " + one + ",") + " dedicated to iSCSI: adapter "
						+ first.getName() + " also carries " + others(first) + (shared.size() > 1 ? " (and "
								+ MessageLists.join(shared.subList(1, shared.size()), NetworkAdapter::getName, 5)
								+ " too)" : "")
						+ " — dedicate at least two adapters to the iSCSI network: make " + first.getName()
						+ " 'purpose iscsi' alone and move the other traffic to adapters of its own", null);
			} else if (!hbas.isEmpty()) {
				Hba hba = hbas.get(0);
				String otherSwitch = DesignIndex.live(hba.getStorageSwitch())
						? ", on another storage switch than " + hba.getStorageSwitch().getName()
								+ (DesignIndex.live(hba.getStorageSwitch().getPartner())
										? " (its partner " + hba.getStorageSwitch().getPartner().getName() + ")" : "")
						: "";
				context.report(hba, DdcPackage.Literals.HBA__NAME, uses + " through one iSCSI HBA, " + hba.getName()
						+ ": dedicate at least two to the iSCSI network — add a second iSCSI HBA ('hba <name> iscsi "
						+ "purpose guest-storage switch <storage switch>')" + otherSwitch, null);
			} else if (!dedicated.isEmpty()) {
				NetworkAdapter adapter = dedicated.get(0);
				context.report(adapter, DdcPackage.Literals.NETWORK_ADAPTER__PURPOSES, uses + " with one adapter, "
						+ adapter.getName() + ", dedicated to iSCSI: dedicate at least two network adapters to the "
						+ "iSCSI network — add a second adapter with 'purpose iscsi' alone", null);
			} else {
				context.report(host, DdcPackage.Literals.HOST_DESIGN__STORAGE_SYSTEMS,
						host.getStorageSystems().indexOf(iscsi.get(0)), uses + " but no adapter or HBA of it "
								+ "connects to the iSCSI network: dedicate at least two — two iSCSI HBAs ('hba <name> "
								+ "iscsi purpose guest-storage switch <storage switch>') or two adapters with 'purpose "
								+ "iscsi' alone",
						null);
			}
		}
	}

	private static String others(NetworkAdapter adapter) {
		return String.join(", ", adapter.getPurposes().stream().filter(p -> p != NicPurpose.ISCSI)
				.map(NicPurpose::getLiteral).toList());
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
