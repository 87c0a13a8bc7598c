package org.ddc.rules.step2;

import java.util.Set;

import org.ddc.analysis.sizing.HostClustering;
import org.ddc.model.HostDesign;
import org.ddc.model.NicPurpose;
import org.ddc.rules.RuleContext;

/**
 * IPD-2-24: a host that is part of a failover cluster dedicates an adapter to the private (heartbeat) network and
 * cluster shared volume communications (L182). Clustered: a cluster size of 2 or more, or host-clustered workloads.
 */
public final class ClusterHeartbeatAdapter extends DedicatedAdapterRule {

	public ClusterHeartbeatAdapter() {
		super("IPD-2-24", NicPurpose.CLUSTER_HEARTBEAT, Set.of(NicPurpose.CLUSTER_HEARTBEAT),
				"the cluster heartbeat and CSV traffic");
	}

	@Override
	boolean applies(HostDesign host, RuleContext context) {
		return HostClustering.declaredOrRequired(host, context.index());
	}

	@Override
	public String firingExample() {
		return """
				host-design HD-1 {
					quantity 2 cluster-size 2 memory 256 GB
					adapter NIC-MGMT ports 1 purpose host-management
					adapter NIC-GUEST ports 2 purpose guest-traffic vlan-tagging
				}
				""";
	}

	@Override
	public String passingExample() {
		return """
				host-design HD-1 {
					quantity 2 cluster-size 2 memory 256 GB
					adapter NIC-MGMT ports 1 purpose host-management
					adapter NIC-HB ports 1 purpose cluster-heartbeat
					adapter NIC-GUEST ports 2 purpose guest-traffic vlan-tagging
				}
				""";
	}
}
