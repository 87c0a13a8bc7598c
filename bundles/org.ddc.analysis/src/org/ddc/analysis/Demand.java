package org.ddc.analysis;

import java.util.Collection;

import org.ddc.model.Workload;

/**
 * Resource demand of one or more workloads at peak, instances included: memory and disk in MB, CPU in percent of
 * the design's reference processor, disk IOPS, network throughput in Mbps, VMs and vCPUs.
 */
public record Demand(double memoryMb, double cpuPercent, double diskMb, double iops, double throughputMbps, int vms,
		int vcpus) {

	public static final Demand NONE = new Demand(0, 0, 0, 0, 0, 0, 0);

	/** A workload counts unless it is marked out of scope or not virtualizable (Table A-1 "In scope"). */
	public static boolean inScope(Workload workload) {
		return !(workload.isSetInScope() && !workload.isInScope())
				&& !(workload.isSetVirtualizationSupported() && !workload.isVirtualizationSupported());
	}

	/**
	 * The demand of one workload, all its instances; disk space as storage counts it ({@link StorageLoad#diskMb}: a
	 * virtual disk the instances share counts once).
	 */
	public static Demand of(Workload workload) {
		int n = Math.max(0, workload.getInstances());
		return new Demand(base(workload.getMemory()) * n, base(workload.getCpu()) * n, StorageLoad.diskMb(workload),
				base(workload.getIops()) * n, base(workload.getThroughput()) * n, n,
				(workload.isSetVcpus() ? workload.getVcpus() : 1) * n);
	}

	/** The total of the in-scope workloads among the given ones. */
	public static Demand total(Collection<Workload> workloads) {
		Demand total = NONE;
		for (Workload workload : workloads) {
			if (inScope(workload)) {
				total = total.plus(of(workload));
			}
		}
		return total;
	}

	public Demand plus(Demand other) {
		return new Demand(memoryMb + other.memoryMb, cpuPercent + other.cpuPercent, diskMb + other.diskMb,
				iops + other.iops, throughputMbps + other.throughputMbps, vms + other.vms, vcpus + other.vcpus);
	}

	/** Every figure multiplied by a factor (peak buffer, growth); VM and vCPU counts are kept. */
	public Demand times(double factor) {
		return new Demand(memoryMb * factor, cpuPercent * factor, diskMb * factor, iops * factor,
				throughputMbps * factor, vms, vcpus);
	}

	private static double base(org.ddc.model.units.Quantity quantity) {
		return quantity == null ? 0 : quantity.base();
	}
}
