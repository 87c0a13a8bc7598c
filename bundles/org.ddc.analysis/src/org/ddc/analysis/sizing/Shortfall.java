package org.ddc.analysis.sizing;

import java.util.List;

import org.ddc.analysis.placement.Limit;

/**
 * Why a host design's hosts do not carry its VMs: the first VM that finds no host in placement, or the first that
 * cannot restart when hosts fail (N+k).
 *
 * @param cluster     the cluster where it happens
 * @param vm          the VM
 * @param limit       what stopped it on every host it could go to
 * @param failedHosts empty for placement; the failed hosts for survival
 * @param vmsAffected how many VMs are left without a host in that case
 */
public record Shortfall(ClusterSizing cluster, VmInstance vm, Limit limit, List<String> failedHosts,
		int vmsAffected) {

	public Shortfall {
		failedHosts = List.copyOf(failedHosts);
	}

	/** True when the VMs fit but do not survive k host failures. */
	public boolean survival() {
		return !failedHosts.isEmpty();
	}
}
