package org.ddc.rules.step4;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ddc.analysis.StorageFabric;
import org.ddc.analysis.StorageLoad;
import org.ddc.model.DdcPackage;
import org.ddc.model.HostDesign;
import org.ddc.model.StorageSwitch;
import org.ddc.model.StorageSystem;
import org.ddc.rules.MessageLists;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-4-15: multipath I/O between hosts and storage (L409). A host design reaches each of its SAN storage systems
 * through at least two storage switches that both its own storage connections and the system's storage processors
 * use. Decided only where both sides name their switches.
 */
public final class HostsReachStorageOverTwoPaths extends Rule {

	public HostsReachStorageOverTwoPaths() {
		super("IPD-4-15");
	}

	@Override
	public void check(RuleContext context) {
		StorageFabric storageFabric = context.analysis().fabric();
		for (HostDesign host : context.index().all(HostDesign.class)) {
			Set<StorageSwitch> own = StorageLoad.storageConnections(host, true).keySet();
			if (own.isEmpty()) {
				continue;
			}
			List<StorageSystem> systems = host.getStorageSystems();
			for (int i = 0; i < systems.size(); i++) {
				StorageSystem storage = systems.get(i);
				if (!StorageLoad.vmStorage(host, context.platform()).contains(storage) || !storageFabric.external(storage)) {
					continue;
				}
				Set<StorageSwitch> fabric = storageFabric.switchesOf(storage);
				if (fabric.isEmpty()) {
					continue;
				}
				Set<StorageSwitch> paths = new LinkedHashSet<>(own);
				paths.retainAll(fabric);
				if (paths.size() >= 2) {
					continue;
				}
				context.report(host, DdcPackage.Literals.HOST_DESIGN__STORAGE_SYSTEMS, i, "host design "
						+ host.getName() + " reaches storage system " + storage.getName() + " over " + paths.size()
						+ " path" + (paths.size() == 1 ? "" : "s") + ": its storage connections use "
						+ MessageLists.names(own, 5) + ", the storage processors "
						+ MessageLists.names(fabric, 5)
						+ "; connect the host's HBAs or iSCSI adapters to two switches the storage processors use, "
						+ "for multipath I/O", null);
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				storage-switch FC-A { protocol fibre-channel partner FC-B }
				storage-switch FC-B { protocol fibre-channel partner FC-A }
				storage-system SAN-1 { type san protocol fibre-channel multipath yes
					processor SPA switches FC-A, FC-B processor SPB switches FC-A, FC-B }
				host-design H { quantity 2 storage SAN-1
					hba HBA-1 fibre-channel purpose guest-storage switch FC-A
					hba HBA-2 fibre-channel purpose guest-storage switch FC-A }
				""";
	}

	@Override
	public String passingExample() {
		return """
				storage-switch FC-A { protocol fibre-channel partner FC-B }
				storage-switch FC-B { protocol fibre-channel partner FC-A }
				storage-system SAN-1 { type san protocol fibre-channel multipath yes
					processor SPA switches FC-A, FC-B processor SPB switches FC-A, FC-B }
				host-design H { quantity 2 storage SAN-1
					hba HBA-1 fibre-channel purpose guest-storage switch FC-A
					hba HBA-2 fibre-channel purpose guest-storage switch FC-B }
				""";
	}
}
