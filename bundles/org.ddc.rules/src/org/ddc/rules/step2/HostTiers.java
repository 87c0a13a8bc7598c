package org.ddc.rules.step2;

import org.ddc.model.DdcPackage;
import org.ddc.model.HostDesign;
import org.ddc.model.WorkloadGroup;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-2-05: an optional tiered host configuration of basic, mid-range and high-end servers (L154). When the design
 * uses tiers, every host design names its tier, and a group asking for a tier is bound to a host design of it.
 */
public final class HostTiers extends Rule {

	public HostTiers() {
		super("IPD-2-05");
	}

	@Override
	public void check(RuleContext context) {
		boolean tiered = context.index().all(HostDesign.class).stream().anyMatch(HostDesign::isSetTier)
				|| context.index().all(WorkloadGroup.class).stream().anyMatch(WorkloadGroup::isSetTier);
		if (!tiered) {
			return;
		}
		for (HostDesign host : context.index().all(HostDesign.class)) {
			WorkloadGroup tieredGroup = null;
			for (WorkloadGroup group : context.index().groupsOf(host)) {
				if (!group.isSetTier()) {
					continue;
				}
				tieredGroup = group;
				if (host.isSetTier() && group.getTier() != host.getTier()) {
					context.report(group, DdcPackage.Literals.WORKLOAD_GROUP__TIER, "group " + group.getName()
							+ " asks for " + group.getTier().getLiteral() + " hosts but its host design "
							+ host.getName() + " is " + host.getTier().getLiteral()
							+ ": bind it to a host design of that tier or align the tiers",
							Fix.set("tier", host.getTier().getLiteral(), "Use the host design's tier"));
				}
			}
			if (!host.isSetTier()) {
				String suggested = tieredGroup != null ? tieredGroup.getTier().getLiteral() : null;
				context.report(host, DdcPackage.Literals.ELEMENT__NAME, "host design " + host.getName()
						+ " names no tier while the design uses basic / mid-range / high-end tiers: set 'tier "
						+ (suggested != null ? suggested : "<basic|mid-range|high-end>") + "'",
						suggested != null ? Fix.set("tier", suggested, "Set the tier") : null);
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				host-design HD-1 { quantity 2 memory 256 GB }
				workload-group GRP-1 { host-design HD-1 tier mid-range }
				""";
	}

	@Override
	public String passingExample() {
		return """
				host-design HD-1 { quantity 2 memory 256 GB tier mid-range }
				workload-group GRP-1 { host-design HD-1 tier mid-range }
				""";
	}
}
