package org.ddc.analysis.sizing;

import org.ddc.analysis.DesignIndex;
import org.ddc.analysis.FaultTolerance;
import org.ddc.analysis.sizing.HostDesignSizing.Clustering;
import org.ddc.model.FaultToleranceApproach;
import org.ddc.model.HostDesign;

/**
 * Whether a host design's hosts are failover clusters. There are two meanings, and the rules need both:
 * <ul>
 * <li>{@link #declared}: the host design declares clusters ('cluster CL-A hosts 4') or a 'cluster-size' of 2 or
 * more. This is how the sizing forms clusters ({@link Clustering#of}), and what the platform's cluster limits apply
 * to.</li>
 * <li>{@link #declaredOrRequired}: declared, or required by its workloads: some in-scope workload of its groups
 * relies on host clustering (Step 1), so its hosts must form a failover cluster whether or not the host design says
 * so yet. The Step 2 host choices that follow from clustering (heartbeat adapter, redundant power supplies and memory
 * not needed for availability) use this one.</li>
 * </ul>
 */
public final class HostClustering {
	private HostClustering() {
	}

	/** The host design declares failover clusters: declared clusters, or a 'cluster-size' of 2 or more. */
	public static boolean declared(HostDesign host) {
		return Clustering.of(host) != Clustering.NONE;
	}

	/** Some in-scope workload of the host design's groups uses host clustering. */
	public static boolean requiredByWorkloads(HostDesign host, DesignIndex index) {
		return index.workloadsOn(host).stream()
				.anyMatch(w -> FaultTolerance.uses(w, FaultToleranceApproach.HOST_CLUSTERING));
	}

	/** The host design {@linkplain #declared declares} failover clusters, or its workloads require them. */
	public static boolean declaredOrRequired(HostDesign host, DesignIndex index) {
		return declared(host) || requiredByWorkloads(host, index);
	}
}
