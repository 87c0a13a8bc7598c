package org.ddc.rules.limits;

import org.ddc.model.units.Unit;
import org.ddc.rules.RuleContext;

/**
 * What the limit rules share: the stated limit of the platform and limit values in base units (whether a host design
 * is clustered: {@link org.ddc.analysis.sizing.HostClustering#declared}).
 */
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

	static String platform(RuleContext context) {
		return context.platform().getLiteral();
	}
}
