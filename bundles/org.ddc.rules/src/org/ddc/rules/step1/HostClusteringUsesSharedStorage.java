package org.ddc.rules.step1;

import java.util.List;
import java.util.Map;

import org.ddc.analysis.DesignIndex;
import org.ddc.analysis.network.HostAdapters;
import org.ddc.model.DdcPackage;
import org.ddc.model.FaultToleranceApproach;
import org.ddc.model.HostDesign;
import org.ddc.model.NicPurpose;
import org.ddc.model.StorageSystem;
import org.ddc.model.StorageType;
import org.ddc.model.Workload;
import org.ddc.rules.MessageLists;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-1-16: hosts that carry host-level clustered workloads form a failover cluster using shared storage (L122):
 * their host design is attached to a SAN storage system (direct-attached and NAS storage are not shared cluster
 * storage here) and has a network adapter for the cluster heartbeat.
 */
public final class HostClusteringUsesSharedStorage extends Rule {

	public HostClusteringUsesSharedStorage() {
		super("IPD-1-16");
	}

	@Override
	public void check(RuleContext context) {
		Map<HostDesign, List<Workload>> byHost = context.analysis().faultTolerance()
				.byHostDesign(FaultToleranceApproach.HOST_CLUSTERING);
		byHost.forEach((host, workloads) -> {
			List<StorageSystem> storage = host.getStorageSystems().stream().filter(DesignIndex::live).toList();
			boolean shared = storage.stream().anyMatch(s -> !s.isSetType() || s.getType() == StorageType.SAN);
			if (!shared) {
				context.report(host, storage.isEmpty() ? DdcPackage.Literals.ELEMENT__NAME
						: DdcPackage.Literals.HOST_DESIGN__STORAGE_SYSTEMS, "host design " + host.getName()
						+ " runs the host-level clustered workloads " + MessageLists.names(workloads, 4) + " but "
						+ (storage.isEmpty() ? "uses no storage system" : "uses only " + describe(storage))
						+ ": a host failover cluster needs shared SAN storage that every node reaches — add a SAN "
						+ "('storage <san>')");
			}
			if (!HostAdapters.hasPurpose(host, NicPurpose.CLUSTER_HEARTBEAT)) {
				context.report(host, DdcPackage.Literals.ELEMENT__NAME, "host design " + host.getName()
						+ " runs the host-level clustered workloads " + MessageLists.names(workloads, 4) + " but has no "
						+ "network adapter for the cluster heartbeat: add one with 'purpose cluster-heartbeat'");
			}
		});
	}

	private static String describe(List<StorageSystem> storage) {
		List<String> parts = storage.stream()
				.map(s -> s.getName() + " (" + s.getType().getLiteral().toUpperCase(java.util.Locale.ROOT) + ")")
				.toList();
		return String.join(", ", parts);
	}

	@Override
	public String firingExample() {
		return """
				storage-system DAS-1 { type das protocol sas }
				host-design H {
					quantity 2 cluster-size 2 memory 256 GB storage DAS-1
					adapter NIC-HB ports 1 speed 1 Gbps purpose cluster-heartbeat
				}
				workload-group G { host-design H }
				workload FILE-1 { memory 16 GB group G fault-tolerance required approach host-clustering }
				""";
	}

	@Override
	public String passingExample() {
		return """
				storage-system SAN-1 { type san protocol fibre-channel }
				host-design H {
					quantity 2 cluster-size 2 memory 256 GB storage SAN-1
					adapter NIC-HB ports 1 speed 1 Gbps purpose cluster-heartbeat
				}
				workload-group G { host-design H }
				workload FILE-1 { memory 16 GB group G fault-tolerance required approach host-clustering }
				""";
	}
}
