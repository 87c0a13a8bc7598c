package org.ddc.rules.step4;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ddc.analysis.DesignIndex;
import org.ddc.analysis.StorageFabric;
import org.ddc.analysis.StorageLoad;
import org.ddc.model.DdcPackage;
import org.ddc.model.HostDesign;
import org.ddc.model.StorageProcessor;
import org.ddc.model.StorageSwitch;
import org.ddc.model.StorageSystem;
import org.ddc.rules.MessageLists;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-4-25: a port on each switch for each host and storage-processor connection (L419). A storage system's
 * fabric is the switches its processors connect to; each processor, and each host design using the system that
 * connects to the fabric at all, connects to every switch of it.
 */
public final class FabricSwitchesServeEveryHostAndProcessor extends Rule {

	public FabricSwitchesServeEveryHostAndProcessor() {
		super("IPD-4-25");
	}

	@Override
	public void check(RuleContext context) {
		StorageFabric storageFabric = context.analysis().fabric();
		for (StorageSystem storage : context.index().all(StorageSystem.class)) {
			Set<StorageSwitch> fabric = storageFabric.switchesOf(storage);
			if (fabric.size() < 2) {
				continue;
			}
			for (StorageProcessor processor : storage.getProcessors()) {
				if (processor.getSwitches().stream().noneMatch(DesignIndex::live)) {
					continue;
				}
				Set<StorageSwitch> missing = new LinkedHashSet<>(fabric);
				missing.removeAll(processor.getSwitches());
				if (!missing.isEmpty()) {
					context.report(processor, DdcPackage.Literals.STORAGE_PROCESSOR__SWITCHES, "storage processor "
							+ processor.getName() + " of " + storage.getName() + " has no port on "
							+ MessageLists.names(missing, 5) + " of its fabric: connect every "
							+ "storage processor to each switch");
				}
			}
			for (HostDesign host : context.index().hostDesignsUsing(storage)) {
				Set<StorageSwitch> own = StorageLoad.storageConnections(host, true).keySet();
				if (own.stream().noneMatch(fabric::contains)) {
					continue;
				}
				Set<StorageSwitch> missing = new LinkedHashSet<>(fabric);
				missing.removeAll(own);
				if (!missing.isEmpty()) {
					List<StorageSystem> systems = host.getStorageSystems();
					context.report(host, DdcPackage.Literals.HOST_DESIGN__STORAGE_SYSTEMS, systems.indexOf(storage),
							"host design " + host.getName() + " has no connection to "
									+ MessageLists.names(missing, 5) + " of " + storage.getName()
									+ "'s fabric: give every host a port on each switch", null);
				}
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				storage-switch FC-A { protocol fibre-channel ports 24 partner FC-B }
				storage-switch FC-B { protocol fibre-channel ports 24 partner FC-A }
				storage-system SAN-1 { type san protocol fibre-channel multipath yes
					processor SPA switches FC-A processor SPB switches FC-B }
				host-design H { quantity 2 storage SAN-1
					hba HBA-1 fibre-channel purpose guest-storage switch FC-A
					hba HBA-2 fibre-channel purpose guest-storage switch FC-B }
				""";
	}

	@Override
	public String passingExample() {
		return """
				storage-switch FC-A { protocol fibre-channel ports 24 partner FC-B }
				storage-switch FC-B { protocol fibre-channel ports 24 partner FC-A }
				storage-system SAN-1 { type san protocol fibre-channel multipath yes
					processor SPA switches FC-A, FC-B processor SPB switches FC-A, FC-B }
				host-design H { quantity 2 storage SAN-1
					hba HBA-1 fibre-channel purpose guest-storage switch FC-A
					hba HBA-2 fibre-channel purpose guest-storage switch FC-B }
				""";
	}
}
