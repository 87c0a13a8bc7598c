package org.ddc.rules.limits;

import org.ddc.analysis.Quantities;
import org.ddc.analysis.Demand;
import org.ddc.analysis.Sizing;
import org.ddc.model.DdcPackage;
import org.ddc.model.HostDesign;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * A per-host maximum of something the workloads bring (vCPUs, running VMs): the workloads of a host design are
 * spread over its hosts less the failover reserve; when the share of one host exceeds the limit, the finding says
 * how many hosts are needed.
 */
abstract class HostLoadRule extends Rule {
	private final String key;
	private final String singular;
	private final String plural;

	HostLoadRule(String id, String key, String singular, String plural) {
		super(id);
		this.key = key;
		this.singular = singular;
		this.plural = plural;
	}

	/** The total of the demand that the limit counts. */
	abstract int amount(Demand demand);

	@Override
	public void check(RuleContext context) {
		ScaleLimits.Limit limit = LimitMath.stated(context, key);
		if (limit == null || limit.value() <= 0) {
			return;
		}
		for (HostDesign host : context.index().all(HostDesign.class)) {
			int total = amount(Demand.total(context.index().workloadsOn(host)));
			int active = LimitMath.activeHosts(host, context.design());
			long perHost = (long) Math.ceil((double) total / active);
			if (perHost <= limit.value()) {
				continue;
			}
			int reserve = Sizing.failoverReserve(context.design());
			long needed = (long) Math.ceil(total / limit.value()) + reserve;
			boolean set = host.eIsSet(DdcPackage.Literals.HOST_DESIGN__QUANTITY);
			context.report(host, set ? DdcPackage.Literals.HOST_DESIGN__QUANTITY : DdcPackage.Literals.ELEMENT__NAME,
					"host design " + host.getName() + " runs " + Quantities.count(total, singular, plural) + " on "
							+ LimitMath.active(host, context.design()) + ", " + Quantities.number(perHost)
							+ " per host; " + LimitMath.platform(context) + " supports at most " + limit.describe()
							+ " per host: needs at least " + Quantities.count(needed, "host", "hosts")
							+ (reserve > 0 ? " including the failover reserve" : ""),
					Fix.set("quantity", String.valueOf(needed), "Use " + needed + " hosts"));
		}
	}
}
