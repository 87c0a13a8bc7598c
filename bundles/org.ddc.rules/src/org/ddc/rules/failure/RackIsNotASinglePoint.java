package org.ddc.rules.failure;

import org.ddc.analysis.failure.Component;

/**
 * SPOF-RACK: no rack holds every instance of a workload that runs several (guide L66, system-level fault tolerance;
 * L115: the instances of a load-balanced workload on different hosts — which helps only if those hosts do not fail
 * together).
 */
public final class RackIsNotASinglePoint extends SinglePointRule {

	public RackIsNotASinglePoint() {
		super("SPOF-RACK", Component.Kind.RACK);
	}

	@Override
	String advice() {
		return "place the hosts of its cluster in two or more racks (ddc fills a cluster's hosts one rack at a time, "
				+ "which puts instances in different racks; 'ddc analyze --fail <rack>' shows the result), or raise the "
				+ "cluster's failover reserve to the hosts one rack holds";
	}

	@Override
	public String firingExample() {
		return """
				rack R1 { height 42 U }
				rack R2 { height 42 U }
				host-design H { quantity 2 memory 128 GB height 2 U placement R1 at U 1 count 2 }
				workload-group G { host-design H }
				workload WEB { memory 4 GB instances 2 group G fault-tolerance required approach load-balancing }
				""";
	}

	@Override
	public String passingExample() {
		return """
				rack R1 { height 42 U }
				rack R2 { height 42 U }
				host-design H { quantity 2 memory 128 GB height 2 U placement R1 at U 1 placement R2 at U 1 }
				workload-group G { host-design H }
				workload WEB { memory 4 GB instances 2 group G fault-tolerance required approach load-balancing }
				""";
	}
}
