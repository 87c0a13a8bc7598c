package org.ddc.analysis;

import org.ddc.model.CpuSpec;
import org.ddc.model.Design;
import org.ddc.model.HostDesign;
import org.ddc.model.SizingPolicy;

/**
 * Host sizing arithmetic of the guide's Step 2: peak demand plus buffer and growth against host capacity, with
 * the failover reserve (N+k) on top. CPU demand is in percent of the design's reference processor (Table A-1),
 * host CPU capacity in the same unit: sockets × cores × clock of the host over that of the reference.
 */
public final class Sizing {
	/**
	 * Memory the parent partition keeps for itself on every host when the design's policy does not say
	 * ('host-reserve'); an assumption stated in reports.
	 */
	public static final double HOST_RESERVE_MB = 4 * 1024;

	private Sizing() {
	}

	/** (1 + peak buffer) × (1 + growth) from the design's policy; 1 when no policy is declared. */
	public static double headroom(Design design) {
		SizingPolicy policy = design != null ? design.getPolicy() : null;
		if (policy == null) {
			return 1;
		}
		double peak = policy.getPeakBuffer() != null ? policy.getPeakBuffer().base() / 100 : 0;
		double growth = policy.getGrowth() != null ? policy.getGrowth().base() / 100 : 0;
		return (1 + peak) * (1 + growth);
	}

	/** The N+k reserve of the design's policy (0 when not declared). */
	public static int failoverReserve(Design design) {
		SizingPolicy policy = design != null ? design.getPolicy() : null;
		return policy != null && policy.isSetFailoverReserve() ? policy.getFailoverReserve() : 0;
	}

	/**
	 * Memory the parent partition keeps on every host, in MB: the policy's 'host-reserve', else
	 * {@link #HOST_RESERVE_MB}.
	 */
	public static double hostReserveMb(Design design) {
		SizingPolicy policy = design != null ? design.getPolicy() : null;
		return policy != null && policy.getHostReserve() != null ? policy.getHostReserve().base() : HOST_RESERVE_MB;
	}

	/** Memory one host offers to virtual machines, in MB: its memory less the design's host reserve. */
	public static double usableMemoryMb(HostDesign host, Design design) {
		return host.getMemory() == null ? 0 : Math.max(0, host.getMemory().base() - hostReserveMb(design));
	}

	/** GHz × cores of a CPU specification. */
	public static double coreGigahertz(CpuSpec cpu) {
		return cpu == null || cpu.getClock() == null ? 0
				: cpu.getSockets() * cpu.getCoresPerSocket() * cpu.getClock().base();
	}

	/** One host's CPU capacity in percent of the reference processor, or NaN when either is unknown. */
	public static double cpuCapacityPercent(HostDesign host, Design design) {
		CpuSpec reference = design != null ? design.getReferenceCpu() : null;
		double ref = coreGigahertz(reference);
		double own = coreGigahertz(host.getCpu());
		return ref > 0 && own > 0 ? own / ref * 100 : Double.NaN;
	}

	/** Logical processors of one host (sockets × cores × threads). */
	public static int logicalProcessors(HostDesign host) {
		CpuSpec cpu = host.getCpu();
		return cpu == null ? 0 : cpu.getSockets() * cpu.getCoresPerSocket() * Math.max(1, cpu.getThreadsPerCore());
	}

	/** Hosts needed to carry a demand with headroom, before the failover reserve; binding resource named. */
	public record HostsNeeded(int hosts, String bindingResource) {
	}

	public static HostsNeeded hostsNeeded(HostDesign host, Demand demand, Design design) {
		double headroom = headroom(design);
		double memory = usableMemoryMb(host, design);
		int byMemory = memory > 0 ? (int) Math.ceil(demand.memoryMb() * headroom / memory) : 0;
		double cpu = cpuCapacityPercent(host, design);
		int byCpu = Double.isNaN(cpu) ? 0 : (int) Math.ceil(demand.cpuPercent() * headroom / cpu);
		return byCpu > byMemory ? new HostsNeeded(byCpu, "CPU") : new HostsNeeded(byMemory, "memory");
	}
}
