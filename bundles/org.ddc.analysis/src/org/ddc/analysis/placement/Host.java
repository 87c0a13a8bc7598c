package org.ddc.analysis.placement;

import java.util.Objects;

/**
 * One virtualization host as the placement engine sees it: what it offers to virtual machines.
 *
 * @param id                   unique within its cluster
 * @param memoryMb             memory usable by VMs (the parent partition's share already taken off), ≥ 0
 * @param cpuPercent           CPU capacity in percent of the design's reference processor, ≥ 0; {@code NaN} when it
 *                             is unknown — then CPU is not checked in the whole cluster (see
 *                             {@link ClusterPlan#cpuChecked()})
 * @param maxVms               running VMs the host may carry, ≥ 0, or {@link #UNLIMITED}
 * @param maxVirtualProcessors virtual processors the host may carry, ≥ 0, or {@link #UNLIMITED}
 */
public record Host(String id, double memoryMb, double cpuPercent, int maxVms, int maxVirtualProcessors) {

	/** A count limit that does not apply. */
	public static final int UNLIMITED = Integer.MAX_VALUE;

	public Host {
		Objects.requireNonNull(id, "id");
		if (!(memoryMb >= 0) || Double.isInfinite(memoryMb)) {
			throw new IllegalArgumentException("host " + id + ": memory must be finite and >= 0: " + memoryMb);
		}
		if (cpuPercent < 0 || Double.isInfinite(cpuPercent)) {
			throw new IllegalArgumentException("host " + id + ": CPU must be finite and >= 0 or NaN: " + cpuPercent);
		}
		if (maxVms < 0 || maxVirtualProcessors < 0) {
			throw new IllegalArgumentException("host " + id + ": limits must be >= 0");
		}
	}

	/** A host with the same capacities under another id. */
	public Host withId(String newId) {
		return new Host(newId, memoryMb, cpuPercent, maxVms, maxVirtualProcessors);
	}
}
