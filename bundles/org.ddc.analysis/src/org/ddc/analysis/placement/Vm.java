package org.ddc.analysis.placement;

import java.util.Objects;

/**
 * One virtual machine instance to place (a workload with three instances is three of these).
 *
 * @param id               unique within its cluster
 * @param memoryMb         memory at peak, finite, ≥ 0
 * @param cpuPercent       CPU at peak in percent of the design's reference processor, finite, ≥ 0
 * @param vcpus            virtual processors, ≥ 0
 * @param antiAffinitySet  {@code null}, or the name of a set whose members must run on different hosts (also after
 *                         a failure)
 * @param isolationDomain  {@code null}, or the name of an isolation domain: VMs of different domains never share a
 *                         host. VMs without a domain form a domain of their own, so they never share a host with a
 *                         VM that has one.
 */
public record Vm(String id, double memoryMb, double cpuPercent, int vcpus, String antiAffinitySet,
		String isolationDomain) {

	public Vm {
		Objects.requireNonNull(id, "id");
		if (!(memoryMb >= 0) || Double.isInfinite(memoryMb) || !(cpuPercent >= 0) || Double.isInfinite(cpuPercent)) {
			throw new IllegalArgumentException("VM " + id + ": memory and CPU must be finite and >= 0");
		}
		if (vcpus < 0) {
			throw new IllegalArgumentException("VM " + id + ": vCPUs must be >= 0");
		}
	}

	/** A VM in no anti-affinity set and no isolation domain. */
	public Vm(String id, double memoryMb, double cpuPercent, int vcpus) {
		this(id, memoryMb, cpuPercent, vcpus, null, null);
	}
}
