package org.ddc.analysis;

import java.util.Collection;

import org.ddc.model.Design;
import org.ddc.model.FaultToleranceApproach;
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

	/**
	 * The demand of the instances of a workload beyond its first, when its fault-tolerance approach is what asks for
	 * them: load balancing (guide L115: "at least one additional virtual machine") or VM-level clustering (L120: "at
	 * least one additional virtual machine ... for each workload that is being clustered"). {@link #NONE} for other
	 * approaches, for one instance and for workloads out of scope. Application-level fault tolerance (L124–125) and
	 * host-level clustering (L123: an additional physical host, see {@code HostSizing#reserveHosts}) add no VM by the
	 * guide's words. A virtual disk the instances share is not counted again.
	 */
	public static Demand faultToleranceExtras(Workload workload) {
		int instances = Math.max(0, workload.getInstances());
		if (instances < 2 || !inScope(workload) || !workload.isSetFaultToleranceApproach()
				|| workload.getFaultToleranceApproach() != FaultToleranceApproach.LOAD_BALANCING
						&& workload.getFaultToleranceApproach() != FaultToleranceApproach.VM_CLUSTERING) {
			return NONE;
		}
		int extra = instances - 1;
		int vcpus = workload.isSetVcpus() ? workload.getVcpus() : 1;
		return new Demand(base(workload.getMemory()) * extra, base(workload.getCpu()) * extra,
				StorageLoad.diskMb(workload) - StorageLoad.diskMb(workload, 1), base(workload.getIops()) * extra,
				base(workload.getThroughput()) * extra, extra, vcpus * extra);
	}

	/** {@link #faultToleranceExtras(Workload)} added up over the given workloads. */
	public static Demand faultToleranceExtras(Collection<Workload> workloads) {
		Demand total = NONE;
		for (Workload workload : workloads) {
			total = total.plus(faultToleranceExtras(workload));
		}
		return total;
	}

	/**
	 * This demand as the design plans for it (Step 1 Task 3, L130; Step 2 Task 2, L167): memory, CPU, disk IOPS and
	 * network throughput with the policy's peak buffer and growth ({@link Sizing#headroom}, as the host and storage
	 * performance sizing apply them), disk space with growth only ({@link StorageLoad#growthFactor}: the peak buffer
	 * is for load, capacity grows with the business). VM and vCPU counts are kept.
	 */
	public Demand withPeakBufferAndGrowth(Design design) {
		double headroom = Sizing.headroom(design);
		return new Demand(memoryMb * headroom, cpuPercent * headroom, diskMb * StorageLoad.growthFactor(design),
				iops * headroom, throughputMbps * headroom, vms, vcpus);
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
