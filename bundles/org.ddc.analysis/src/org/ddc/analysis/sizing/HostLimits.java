package org.ddc.analysis.sizing;

import org.ddc.analysis.placement.Host;

/**
 * The per-host maxima of the design's platform that placement respects, from the cited limits catalog (the rules
 * bundle's ScaleLimits supplies them; the analysis keeps no numbers of its own).
 *
 * @param runningVms        running VMs per host, or {@link Host#UNLIMITED} when the platform states none
 * @param virtualProcessors virtual processors per host, or {@link Host#UNLIMITED}
 */
public record HostLimits(int runningVms, int virtualProcessors) {

	/** No platform limits (none declared, or the platform states none). */
	public static final HostLimits NONE = new HostLimits(Host.UNLIMITED, Host.UNLIMITED);
}
