package org.ddc.rules.step4;

import java.util.IdentityHashMap;
import java.util.Map;

import org.ddc.analysis.StorageLoad;
import org.ddc.model.DdcPackage;
import org.ddc.model.HostDesign;
import org.ddc.model.StorageSwitch;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-4-24: a storage switch has enough ports for the physical hosts (L417): every host's HBA ports and iSCSI
 * adapter ports on it (host design quantity counted), one per storage-processor connection, and the inter-switch
 * link ports (interconnect / port speed, rounded up).
 */
public final class StorageSwitchHasEnoughPorts extends Rule {

	public StorageSwitchHasEnoughPorts() {
		super("IPD-4-24");
	}

	@Override
	public void check(RuleContext context) {
		Map<StorageSwitch, Integer> hostPorts = new IdentityHashMap<>();
		for (HostDesign host : context.index().all(HostDesign.class)) {
			int quantity = Math.max(0, host.getQuantity());
			StorageLoad.storageConnections(host, false).forEach((s, n) -> hostPorts.merge(s, n * quantity, Integer::sum));
		}
				for (StorageSwitch storageSwitch : context.index().all(StorageSwitch.class)) {
			if (!storageSwitch.isSetPortCount()) {
				continue;
			}
			int hosts = hostPorts.getOrDefault(storageSwitch, 0);
			int processors = context.analysis().fabric().processorLinks(storageSwitch);
			int isl = 0;
			if (storageSwitch.getInterconnect() != null && storageSwitch.getSpeed() != null
					&& storageSwitch.getSpeed().base() > 0) {
				isl = (int) Math.ceil(storageSwitch.getInterconnect().base() / storageSwitch.getSpeed().base());
			}
			int needed = hosts + processors + isl;
			if (needed <= storageSwitch.getPortCount()) {
				continue;
			}
			context.report(storageSwitch, DdcPackage.Literals.STORAGE_SWITCH__PORT_COUNT, "storage switch "
					+ storageSwitch.getName() + " has " + storageSwitch.getPortCount() + " ports but needs " + needed
					+ " (" + hosts + " for host connections, " + processors + " for storage processors"
					+ (isl > 0 ? ", " + isl + " for the interconnect" : "")
					+ "): use a larger switch or spread the hosts over another switch pair");
		}
	}

	@Override
	public String firingExample() {
		return """
				storage-switch FC-A { protocol fibre-channel ports 8 speed 8 Gbps partner FC-B }
				storage-switch FC-B { protocol fibre-channel ports 8 speed 8 Gbps partner FC-A }
				storage-system SAN-1 { type san protocol fibre-channel multipath yes
					processor SPA switches FC-A, FC-B processor SPB switches FC-A, FC-B }
				host-design H { quantity 8 storage SAN-1
					hba HBA-1 fibre-channel purpose guest-storage switch FC-A
					hba HBA-2 fibre-channel purpose guest-storage switch FC-B }
				""";
	}

	@Override
	public String passingExample() {
		return """
				storage-switch FC-A { protocol fibre-channel ports 24 speed 8 Gbps partner FC-B }
				storage-switch FC-B { protocol fibre-channel ports 24 speed 8 Gbps partner FC-A }
				storage-system SAN-1 { type san protocol fibre-channel multipath yes
					processor SPA switches FC-A, FC-B processor SPB switches FC-A, FC-B }
				host-design H { quantity 8 storage SAN-1
					hba HBA-1 fibre-channel purpose guest-storage switch FC-A
					hba HBA-2 fibre-channel purpose guest-storage switch FC-B }
				""";
	}
}
