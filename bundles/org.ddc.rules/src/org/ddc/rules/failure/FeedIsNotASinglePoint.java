package org.ddc.rules.failure;

import org.ddc.analysis.failure.Component;

/**
 * SPOF-FEED: no power feed powers every instance of a workload that runs several: hosts with one power supply, or
 * with all their supplies on the same feed, go down with it (guide L164: "each power supply should be connected to
 * separate power sources, or the source will become a single point of failure").
 */
public final class FeedIsNotASinglePoint extends SinglePointRule {

	public FeedIsNotASinglePoint() {
		super("SPOF-FEED", Component.Kind.POWER_FEED);
	}

	@Override
	String advice() {
		return "give the hosts redundant power supplies on two feeds ('power-supplies 2 redundant feeds A, B'), or "
				+ "power some of them from another feed";
	}

	@Override
	public String firingExample() {
		return """
				power-feed A
				power-feed B
				rack R1 { height 42 U feed A 5 kW feed B 5 kW }
				host-design H { quantity 2 memory 128 GB height 2 U power-supplies 1 feeds A placement R1 at U 1 count 2 }
				workload-group G { host-design H }
				workload WEB { memory 4 GB instances 2 group G fault-tolerance required approach load-balancing }
				""";
	}

	@Override
	public String passingExample() {
		return """
				power-feed A
				power-feed B
				rack R1 { height 42 U feed A 5 kW feed B 5 kW }
				host-design H {
					quantity 2 memory 128 GB height 2 U power-supplies 2 redundant feeds A, B placement R1 at U 1 count 2
				}
				workload-group G { host-design H }
				workload WEB { memory 4 GB instances 2 group G fault-tolerance required approach load-balancing }
				""";
	}
}
