package org.ddc.generate;

import org.ddc.analysis.placement.Host;
import org.ddc.analysis.sizing.HostLimits;
import org.ddc.model.PlatformVersion;
import org.ddc.rules.limits.ScaleLimits;

/**
 * The product limits a generated design is sized against, for its platform, from the cited limits catalog
 * ({@link ScaleLimits}, {@code catalog/limits.tsv}); {@link Host#UNLIMITED} where the catalog states none for the
 * platform. The System Center limits (platform "any") must be there.
 *
 * @param host              running VMs and virtual processors per host
 * @param clusterNodes      hosts per failover cluster
 * @param clusterRunningVms running VMs per failover cluster
 * @param vmmHosts          hosts one VMM instance manages
 * @param vmmVms            VMs one VMM instance manages
 * @param opsMgrAgents      agents of one Operations Manager management group
 */
public record PlatformLimits(HostLimits host, int clusterNodes, int clusterRunningVms, int vmmHosts, int vmmVms,
		int opsMgrAgents) {

	/** Keys of the catalog rows read here (the per-host ones are {@link ScaleLimits#hostLimits}'s). */
	public static final String CLUSTER_NODES = "cluster.nodes";
	public static final String CLUSTER_RUNNING_VMS = "cluster.runningVms";
	public static final String VMM_HOSTS = "vmm.hosts";
	public static final String VMM_VMS = "vmm.vms";
	public static final String OPSMGR_AGENTS = "opsmgr.agents";

	/** The limits of a platform, and the System Center limits, which hold on every platform. */
	public static PlatformLimits of(ScaleLimits limits, PlatformVersion platform) {
		return new PlatformLimits(limits.hostLimits(platform), count(limits.value(CLUSTER_NODES, platform)),
				count(limits.value(CLUSTER_RUNNING_VMS, platform)), count(limits.get(VMM_HOSTS).value()),
				count(limits.get(VMM_VMS).value()), count(limits.get(OPSMGR_AGENTS).value()));
	}

	private static int count(Double value) {
		return value == null || value >= Host.UNLIMITED ? Host.UNLIMITED : (int) Math.floor(value);
	}
}
