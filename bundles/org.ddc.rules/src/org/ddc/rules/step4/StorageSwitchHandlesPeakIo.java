package org.ddc.rules.step4;

import org.ddc.analysis.Quantities;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.ddc.analysis.StorageLoad;
import org.ddc.model.DdcPackage;
import org.ddc.model.HostDesign;
import org.ddc.model.StorageSwitch;
import org.ddc.rules.MessageLists;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-4-22: a storage switch meets the peak storage I/O of the workloads (L416). The hosts' storage traffic is
 * derived from their workloads' IOPS × an assumed 32 KB per I/O (a mixed random VM load), plus growth, spread
 * evenly over each host's storage connections. A switch carries at most ports × speed / 2 (each I/O enters at a
 * host port and leaves at a storage port) and, where storage processors connect to it, their links × speed (one
 * port per processor on each switch it names).
 */
public final class StorageSwitchHandlesPeakIo extends Rule {

	public StorageSwitchHandlesPeakIo() {
		super("IPD-4-22");
	}

	@Override
	public void check(RuleContext context) {
		StorageLoad loads = context.analysis().storage();
		double growth = StorageLoad.growthFactor(context.design());
				Map<StorageSwitch, List<HostDesign>> hosts = new IdentityHashMap<>();
		for (HostDesign host : context.index().all(HostDesign.class)) {
			StorageLoad.storageConnections(host, true).keySet()
					.forEach(s -> hosts.computeIfAbsent(s, k -> new ArrayList<>()).add(host));
		}
		for (StorageSwitch storageSwitch : context.index().all(StorageSwitch.class)) {
			double mbps = loads.switchMbps(storageSwitch) * growth;
			if (mbps <= 0 || storageSwitch.getSpeed() == null) {
				continue;
			}
			double speed = storageSwitch.getSpeed().base();
			double capacity = Double.POSITIVE_INFINITY;
			String bound = null;
			if (storageSwitch.isSetPortCount() && storageSwitch.getPortCount() > 0) {
				capacity = storageSwitch.getPortCount() * speed / 2;
				bound = "its " + storageSwitch.getPortCount() + " ports at " + storageSwitch.getSpeed()
						+ " carry " + Quantities.rate(capacity) + " (each I/O crosses a host and a storage port)";
			}
			int processorLinks = context.analysis().fabric().processorLinks(storageSwitch);
			if (processorLinks > 0 && processorLinks * speed < capacity) {
				capacity = processorLinks * speed;
				bound = "its " + processorLinks + " storage-processor link" + (processorLinks > 1 ? "s" : "")
						+ " at " + storageSwitch.getSpeed() + " carry " + Quantities.rate(capacity);
			}
			if (bound == null || mbps <= capacity) {
				continue;
			}
			context.report(storageSwitch, DdcPackage.Literals.STORAGE_SWITCH__SPEED, "storage switch "
					+ storageSwitch.getName() + " must carry " + Quantities.rate(mbps) + " of peak storage I/O ("
					+ Quantities.number(mbps / growth / StorageLoad.mbpsPerIops(context.design())) + " IOPS of "
					+ MessageLists.names(hosts.getOrDefault(storageSwitch, List.of()), 5)
					+ " × " + StorageText.kb(StorageLoad.ioSizeKb(context.design())) + " KB assumed per I/O" + (growth > 1 ? " + "
							+ StorageText.growth(growth) : "")
					+ ") but " + bound + ": use faster ports, add storage-processor links or spread the hosts "
					+ "over another switch pair");
		}
	}

	@Override
	public String firingExample() {
		return """
				workload DB { memory 16 GB iops 20000 IOPS group G }
				workload-group G { host-design H }
				storage-switch ISW-A { protocol ethernet ports 24 speed 1 Gbps partner ISW-B }
				storage-switch ISW-B { protocol ethernet ports 24 speed 1 Gbps partner ISW-A }
				storage-system SAN-1 { type san protocol iscsi multipath yes
					processor SPA switches ISW-A, ISW-B processor SPB switches ISW-A, ISW-B }
				host-design H { quantity 2 storage SAN-1
					hba HBA-1 iscsi purpose guest-storage switch ISW-A
					hba HBA-2 iscsi purpose guest-storage switch ISW-B }
				""";
	}

	@Override
	public String passingExample() {
		return """
				workload DB { memory 16 GB iops 20000 IOPS group G }
				workload-group G { host-design H }
				storage-switch ISW-A { protocol ethernet ports 24 speed 10 Gbps partner ISW-B }
				storage-switch ISW-B { protocol ethernet ports 24 speed 10 Gbps partner ISW-A }
				storage-system SAN-1 { type san protocol iscsi multipath yes
					processor SPA switches ISW-A, ISW-B processor SPB switches ISW-A, ISW-B }
				host-design H { quantity 2 storage SAN-1
					hba HBA-1 iscsi purpose guest-storage switch ISW-A
					hba HBA-2 iscsi purpose guest-storage switch ISW-B }
				""";
	}
}
