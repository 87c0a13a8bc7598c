package org.ddc.rules.step4;

import java.util.List;

import org.ddc.analysis.FaultTolerance;
import org.ddc.analysis.StorageLoad;
import org.ddc.model.DdcPackage;
import org.ddc.model.FaultToleranceApproach;
import org.ddc.model.HostDesign;
import org.ddc.model.StorageSystem;
import org.ddc.model.StorageType;
import org.ddc.model.Workload;
import org.ddc.rules.MessageLists;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-4-13: with direct-attached storage the design skips host connections and storage switches (L406); a host
 * cluster, however, needs storage its nodes share (L122). A host design whose VM storage is only DAS is reported
 * when it is a host cluster (cluster-size 2 or more) or runs workloads protected by host-level clustering.
 */
public final class DirectAttachedStorageNotClustered extends Rule {

	public DirectAttachedStorageNotClustered() {
		super("IPD-4-13");
	}

	@Override
	public void check(RuleContext context) {
		for (HostDesign host : context.index().all(HostDesign.class)) {
			List<StorageSystem> systems = StorageLoad.vmStorage(host, context.platform());
			if (systems.isEmpty() || !systems.stream().allMatch(s -> s.isSetType() && s.getType() == StorageType.DAS)) {
				continue;
			}
			List<Workload> clustered = context.index().workloadsOn(host).stream()
					.filter(w -> FaultTolerance.declares(w, FaultToleranceApproach.HOST_CLUSTERING))
					.toList();
			boolean cluster = host.isSetClusterSize() && host.getClusterSize() >= 2;
			if (!cluster && clustered.isEmpty()) {
				continue;
			}
			String why = cluster ? "is a " + host.getClusterSize() + "-node host cluster"
					: "runs " + MessageLists.names(clustered, 5) + " with host-level clustering";
			context.report(host, DdcPackage.Literals.HOST_DESIGN__STORAGE_SYSTEMS, "host design " + host.getName()
					+ " " + why + " but keeps its VMs on direct-attached storage ("
					+ MessageLists.names(systems, 5)
					+ "), which the cluster nodes cannot share: use SAN storage that every node reaches");
		}
	}

	@Override
	public String firingExample() {
		return """
				host-design H { quantity 4 cluster-size 4 storage DAS-1 }
				storage-system DAS-1 { type das protocol sas }
				""";
	}

	@Override
	public String passingExample() {
		return """
				host-design H { quantity 4 cluster-size 4 storage SAN-1 }
				storage-system SAN-1 { type san protocol sas }
				""";
	}
}
