package org.ddc.rules.limits;

import org.ddc.analysis.sizing.HostClustering;
import org.ddc.model.DdcPackage;
import org.ddc.model.HostDesign;
import org.ddc.model.NetworkAdapter;
import org.ddc.model.NicPurpose;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleContext;

/**
 * LIM-LM-NETWORK: a cluster has a dedicated (private) network for live-migration traffic (seed 004 L50, seed 001
 * L1485), of 1 Gigabit Ethernet or faster (seed 004 L58, seed 001 L1346): clustered host designs have an adapter
 * with purpose live-migration, at least as fast as the platform's recommendation.
 */
public final class LiveMigrationNetwork extends Rule {
	static final String KEY = "lm.dedicatedNetwork";
	static final String SPEED = "lm.networkSpeed";

	public LiveMigrationNetwork() {
		super("LIM-LM-NETWORK");
	}

	@Override
	public void check(RuleContext context) {
		ScaleLimits.Limit dedicated = LimitMath.stated(context, KEY);
		ScaleLimits.Limit speed = LimitMath.stated(context, SPEED);
		for (HostDesign host : context.index().all(HostDesign.class)) {
			if (!HostClustering.declared(host)) {
				continue;
			}
			NetworkAdapter lm = host.getAdapters().stream()
					.filter(a -> a.getPurposes().contains(NicPurpose.LIVE_MIGRATION)).findFirst().orElse(null);
			if (lm == null && dedicated != null && dedicated.value() > 0) {
				context.report(host, DdcPackage.Literals.ELEMENT__NAME, "host design " + host.getName()
						+ " forms clusters of " + host.getClusterSize() + " nodes but has no adapter for live "
						+ "migration: dedicate a private live-migration network (" + dedicated.citation().inline()
						+ ") — an adapter with 'purpose live-migration'");
			} else if (lm != null && speed != null && lm.getSpeed() != null
					&& lm.getSpeed().base() < LimitMath.base(speed)) {
				context.report(lm, DdcPackage.Literals.NETWORK_ADAPTER__SPEED, "live-migration adapter " + lm.getName()
						+ " of host design " + host.getName() + " runs at " + lm.getSpeed() + "; "
						+ LimitMath.platform(context) + " recommends " + speed.describe()
						+ " or faster for live migration: use a faster adapter");
			}
		}
	}

	@Override
	public String firingExample() {
		return """
				design D { platform hyperv-2012-r2 }
				host-design H {
					quantity 4 cluster-size 4 cpu 2 x 8 cores 2.6 GHz intel memory 256 GB
					adapter NIC-MGMT ports 1 speed 1 Gbps purpose host-management
				}
				""";
	}

	@Override
	public String passingExample() {
		return """
				design D { platform hyperv-2012-r2 }
				host-design H {
					quantity 4 cluster-size 4 cpu 2 x 8 cores 2.6 GHz intel memory 256 GB
					adapter NIC-MGMT ports 1 speed 1 Gbps purpose host-management
					adapter NIC-LM ports 1 speed 10 Gbps purpose live-migration
				}
				""";
	}
}
