package org.ddc.rules.step4;

import org.ddc.analysis.Quantities;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
 * IPD-4-23: the switch-to-switch interconnect carries the storage traffic that must cross it (L416). Traffic a
 * host sends into a switch for a storage system none of whose processors connect to that switch crosses the
 * interconnect (32 KB per I/O, plus growth; a host's storage systems share its traffic evenly). Such a switch
 * declares an 'interconnect' at least as fast.
 */
public final class StorageInterconnectCarriesCrossTraffic extends Rule {

	public StorageInterconnectCarriesCrossTraffic() {
		super("IPD-4-23");
	}

	@Override
	public void check(RuleContext context) {
		StorageFabric storageFabric = context.analysis().fabric();
		StorageLoad loads = context.analysis().storage();
		double growth = StorageLoad.growthFactor(context.design());
		Map<StorageSwitch, Double> cross = new IdentityHashMap<>();
		Map<StorageSwitch, Set<StorageSystem>> remote = new IdentityHashMap<>();
		for (HostDesign host : context.index().all(HostDesign.class)) {
			List<StorageSystem> systems = StorageLoad.vmStorage(host, context.platform()).stream()
					.filter(s -> !storageFabric.switchesOf(s).isEmpty()).toList();
			Map<StorageSwitch, Integer> connections = StorageLoad.storageConnections(host, true);
			int total = connections.values().stream().mapToInt(Integer::intValue).sum();
			if (systems.isEmpty() || total == 0) {
				continue;
			}
			double mbps = loads.hostIops(host) * StorageLoad.mbpsPerIops(context.design()) * growth;
			connections.forEach((storageSwitch, count) -> {
				List<StorageSystem> unreachable = systems.stream()
						.filter(s -> !storageFabric.switchesOf(s).contains(storageSwitch)).toList();
				if (!unreachable.isEmpty()) {
					cross.merge(storageSwitch, mbps * count / total * unreachable.size() / systems.size(), Double::sum);
					remote.computeIfAbsent(storageSwitch, k -> new LinkedHashSet<>()).addAll(unreachable);
				}
			});
		}
		for (StorageSwitch storageSwitch : context.index().all(StorageSwitch.class)) {
			double mbps = cross.getOrDefault(storageSwitch, 0.0);
			if (mbps <= 0 || storageSwitch.getInterconnect() != null && storageSwitch.getInterconnect().base() >= mbps) {
				continue;
			}
			String what = "storage switch " + storageSwitch.getName() + " passes " + Quantities.rate(mbps)
					+ " of peak storage I/O (" + StorageText.kb(StorageLoad.ioSizeKb(context.design()))
					+ " KB assumed per I/O, growth included) to "
					+ MessageLists.names(remote.get(storageSwitch), 5)
					+ ", whose storage processors are on other switches";
			if (storageSwitch.getInterconnect() == null) {
				context.report(storageSwitch, DdcPackage.Literals.ELEMENT__NAME, what + ", but declares no "
						+ "interconnect: add 'interconnect <rate>' of at least " + Quantities.rate(mbps)
						+ ", or connect the storage processors to this switch");
			} else {
				context.report(storageSwitch, DdcPackage.Literals.STORAGE_SWITCH__INTERCONNECT, what + ", but its "
						+ "interconnect is " + storageSwitch.getInterconnect() + ": widen the inter-switch link, "
						+ "connect the storage processors to this switch or put fewer hosts on it");
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				workload DB { memory 16 GB iops 10000 IOPS group G }
				workload-group G { host-design H }
				storage-switch FC-A { protocol fibre-channel speed 8 Gbps partner FC-B interconnect 1 Gbps }
				storage-switch FC-B { protocol fibre-channel speed 8 Gbps partner FC-A interconnect 1 Gbps }
				storage-system SAN-1 { type san protocol fibre-channel multipath yes
					processor SPA switches FC-B processor SPB switches FC-B }
				host-design H { quantity 2 storage SAN-1
					hba HBA-1 fibre-channel purpose guest-storage switch FC-A
					hba HBA-2 fibre-channel purpose guest-storage switch FC-B }
				""";
	}

	@Override
	public String passingExample() {
		return """
				workload DB { memory 16 GB iops 10000 IOPS group G }
				workload-group G { host-design H }
				storage-switch FC-A { protocol fibre-channel speed 8 Gbps partner FC-B interconnect 16 Gbps }
				storage-switch FC-B { protocol fibre-channel speed 8 Gbps partner FC-A interconnect 16 Gbps }
				storage-system SAN-1 { type san protocol fibre-channel multipath yes
					processor SPA switches FC-B processor SPB switches FC-B }
				host-design H { quantity 2 storage SAN-1
					hba HBA-1 fibre-channel purpose guest-storage switch FC-A
					hba HBA-2 fibre-channel purpose guest-storage switch FC-B }
				""";
	}
}
