package org.ddc.rules.step2;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ddc.analysis.DesignIndex;
import org.ddc.model.DdcPackage;
import org.ddc.model.HostDesign;
import org.ddc.model.Placement;
import org.ddc.model.PowerCircuit;
import org.ddc.model.PowerFeed;
import org.ddc.model.PowerSupplies;
import org.ddc.rules.Fix;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * IPD-2-13: redundant power supplies of a host are connected to separate power sources, or the source becomes a
 * single point of failure (L164): at least two distinct feeds. Supplies that name a feed declared nowhere are left to
 * the linker's error.
 */
public final class RedundantSuppliesOnSeparateFeeds extends Rule {

	public RedundantSuppliesOnSeparateFeeds() {
		super("IPD-2-13");
	}

	@Override
	public void check(RuleContext context) {
		for (HostDesign host : context.index().all(HostDesign.class)) {
			PowerSupplies supplies = host.getPowerSupplies();
			if (supplies == null || !supplies.isRedundant() && supplies.getCount() < 2) {
				continue;
			}
			if (!supplies.getFeeds().stream().allMatch(DesignIndex::live)) {
				continue;
			}
			Set<PowerFeed> feeds = new LinkedHashSet<>(supplies.getFeeds());
			if (feeds.size() >= 2) {
				continue;
			}
			List<String> rackFeeds = rackFeeds(host);
			String suggestion = rackFeeds.size() >= 2 ? rackFeeds.get(0) + ", " + rackFeeds.get(1) : null;
			context.report(supplies, feeds.isEmpty() ? null : DdcPackage.Literals.POWER_SUPPLIES__FEEDS,
					"the redundant power supplies of host design " + host.getName()
							+ (feeds.isEmpty() ? " name no power feed"
									: " all connect to feed " + feeds.iterator().next().getName())
							+ ": connect each supply to a separate power source, e.g. 'feeds "
							+ (suggestion != null ? suggestion : "A, B") + "'",
					suggestion != null ? Fix.set("feeds", suggestion, "Use feeds " + suggestion) : null);
		}
	}

	/** The feeds the first rack the host design is placed in draws circuits from. */
	private static List<String> rackFeeds(HostDesign host) {
		for (Placement placement : host.getPlacements()) {
			if (DesignIndex.live(placement.getRack())) {
				return placement.getRack().getCircuits().stream().map(PowerCircuit::getFeed).filter(DesignIndex::live)
						.distinct().map(PowerFeed::getName).toList();
			}
		}
		return List.of();
	}

	@Override
	public String firingExample() {
		return """
				power-feed A
				host-design HD-1 { quantity 2 memory 256 GB power-supplies 2 redundant feeds A }
				""";
	}

	@Override
	public String passingExample() {
		return """
				power-feed A
				power-feed B
				host-design HD-1 { quantity 2 memory 256 GB power-supplies 2 redundant feeds A, B }
				""";
	}
}
