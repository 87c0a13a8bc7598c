package org.ddc.rules.limits;

import org.ddc.analysis.Quantities;
import org.ddc.model.Design;
import org.ddc.model.HostDesign;
import org.ddc.model.units.Unit;
import org.ddc.analysis.Sizing;
import org.ddc.rules.RuleContext;

/** Arithmetic shared by the limit rules: limit values in base units, hosts carrying load, counts in words. */
final class LimitMath {
	private LimitMath() {
	}

	/** The limit that applies to the design's platform, or null when there is none or it is not stated. */
	static ScaleLimits.Limit stated(RuleContext context, String key) {
		ScaleLimits.Limit limit = context.limits().get(key, context.platform());
		return limit == null || limit.value() == null ? null : limit;
	}

	/** The limit value in the base unit of its dimension (MB, Mbps, …) when its unit is a .ddc unit. */
	static double base(ScaleLimits.Limit limit) {
		Unit unit = Unit.lookup(limit.unit());
		return unit == null ? limit.value() : limit.value() * unit.factor().doubleValue();
	}

	/** Hosts of a host design that carry its workloads: quantity less the failover reserve (at least 1). */
	static int activeHosts(HostDesign host, Design design) {
		return Math.max(1, host.getQuantity() - Sizing.failoverReserve(design));
	}

	/** A host design whose hosts form failover clusters of two or more nodes. */
	static boolean clustered(HostDesign host) {
		return host.isSetClusterSize() && host.getClusterSize() >= 2;
	}


	/** "3 hosts" or "3 hosts (4 less 1 held in failover reserve)". */
	static String active(HostDesign host, Design design) {
		int active = activeHosts(host, design);
		int reserve = Sizing.failoverReserve(design);
		return Quantities.count(active, "host", "hosts") + (reserve > 0 && host.getQuantity() > active
				? " (" + host.getQuantity() + " less " + reserve + " held in failover reserve)" : "");
	}

	static String platform(RuleContext context) {
		return context.platform().getLiteral();
	}
}
