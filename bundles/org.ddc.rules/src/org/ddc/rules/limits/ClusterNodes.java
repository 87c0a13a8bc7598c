package org.ddc.rules.limits;

import org.ddc.model.DdcPackage;
import org.ddc.model.HostDesign;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/** LIM-CLUSTER-NODES: a failover cluster has no more nodes than the platform supports (seed 004 L49, 001 L204). */
public final class ClusterNodes extends Rule {
	static final String KEY = "cluster.nodes";

	public ClusterNodes() {
		super("LIM-CLUSTER-NODES");
	}

	@Override
	public void check(RuleContext context) {
		ScaleLimits.Limit limit = LimitMath.stated(context, KEY);
		if (limit == null || limit.value() <= 0) {
			return;
		}
		for (HostDesign host : context.index().all(HostDesign.class)) {
			if (host.isSetClusterSize() && host.getClusterSize() > limit.value()) {
				int clusters = (int) Math.ceil(host.getClusterSize() / limit.value());
				int size = (int) Math.ceil((double) host.getClusterSize() / clusters);
				context.report(host, DdcPackage.Literals.HOST_DESIGN__CLUSTER_SIZE, "host design " + host.getName()
						+ " forms clusters of " + host.getClusterSize() + " nodes; " + LimitMath.platform(context)
						+ " supports at most " + limit.describe() + " per cluster: split into " + clusters
						+ " clusters of " + size + " nodes",
						Fix.set("cluster-size", String.valueOf(size), "Use clusters of " + size + " nodes"));
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				design D { platform hyperv-2008-r2 }
				host-design H { quantity 24 cluster-size 24 cpu 2 x 8 cores 2.6 GHz intel memory 256 GB }
				""";
	}

	@Override
	public String passingExample() {
		return """
				design D { platform hyperv-2008-r2 }
				host-design H { quantity 24 cluster-size 12 cpu 2 x 8 cores 2.6 GHz intel memory 256 GB }
				""";
	}
}
