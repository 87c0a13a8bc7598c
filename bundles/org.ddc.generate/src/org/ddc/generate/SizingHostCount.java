package org.ddc.generate;

import java.util.List;

import org.ddc.analysis.Demand;
import org.ddc.analysis.Sizing;
import org.ddc.analysis.sizing.HostSizing;
import org.ddc.model.Design;
import org.ddc.model.HostDesign;
import org.ddc.model.Workload;

/**
 * Host counts by arithmetic over the shared sizing ({@link Sizing}, {@link Demand}) and the platform's limits: the
 * fewest clusters, and hosts in them, such that
 * <ul>
 * <li>the hosts that are not held in reserve carry the workloads' peak memory and CPU with the policy's peak buffer
 * and growth ({@link Sizing#hostsNeeded}: memory less the host reserve, CPU relative to the reference processor),
 * and stay within the running VMs and virtual processors per host;</li>
 * <li>every cluster keeps the policy's N+k: k spare hosts;</li>
 * <li>every cluster has a host for each instance of any load-balanced, VM-clustered or application-level
 * fault-tolerant workload ({@link HostSizing#antiAffine}: its instances run on different hosts) plus the k spares,
 * so that an instance on a failed host restarts on a host without another instance;</li>
 * <li>no cluster has more hosts or more running VMs than the platform supports.</li>
 * </ul>
 * These are bounds: they do not pack VMs onto hosts. The peak buffer and growth leave room for the packing the
 * placement engine does; the generated designs' validation (placement with N+k survival) is what checks it.
 */
final class SizingHostCount implements HostCount {
	private final PlatformLimits limits;

	SizingHostCount(PlatformLimits limits) {
		this.limits = limits;
	}

	@Override
	public Hosts of(HostDesign host, List<Workload> workloads, Design design) {
		Demand demand = Demand.total(workloads);
		int reserve = Sizing.failoverReserve(design);
		int active = Math.max(1, Sizing.hostsNeeded(host, demand, design).hosts());
		active = Math.max(active, ceil(demand.vms(), limits.host().runningVms()));
		active = Math.max(active, ceil(demand.vcpus(), limits.host().virtualProcessors()));
		int largestSet = 0;
		for (Workload workload : workloads) {
			if (Demand.inScope(workload) && HostSizing.antiAffine(workload) && workload.getInstances() >= 2) {
				largestSet = Math.max(largestSet, workload.getInstances());
			}
		}
		int perCluster = Math.max(largestSet, 1) + reserve;
		if (perCluster > limits.clusterNodes()) {
			throw new IllegalStateException(host.getName() + ": " + largestSet + " instances of one workload and N+"
					+ reserve + " need clusters of " + perCluster + " hosts; the platform allows "
					+ limits.clusterNodes());
		}
		for (int clusters = Math.max(1, ceil(demand.vms(), limits.clusterRunningVms()));; clusters++) {
			int quantity = Math.max(active + clusters * reserve, clusters * perCluster);
			int size = ceil(quantity, clusters);
			int formed = ceil(quantity, size); // the clusters 'cluster-size' forms: maybe fewer than asked for
			if (size <= limits.clusterNodes() && quantity - formed * reserve >= active
					&& quantity / formed >= perCluster && ceil(demand.vms(), formed) <= limits.clusterRunningVms()) {
				return new Hosts(quantity, size);
			}
		}
	}

	private static int ceil(int value, int divisor) {
		return (int) Math.ceil((double) value / divisor);
	}
}
