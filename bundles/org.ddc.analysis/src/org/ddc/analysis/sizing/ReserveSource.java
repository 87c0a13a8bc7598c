package org.ddc.analysis.sizing;

/** Where the k of a cluster's N+k comes from. */
public enum ReserveSource {
	/** The cluster declares it ('cluster CL-A hosts 4 failover-reserve N + 2'). */
	CLUSTER,
	/** The design's policy ('failover-reserve N + 1'). */
	POLICY,
	/**
	 * Neither says: one spare host, the guide's minimum for host clustering (L123: "host clustering needs at least one
	 * additional physical host").
	 */
	GUIDE_MINIMUM,
	/** The hosts are not clustered: they hold no reserve. */
	NOT_CLUSTERED
}
