package org.ddc.analysis.sizing;

import java.util.Locale;

import org.ddc.analysis.Quantities;
import org.ddc.analysis.placement.Survival;
import org.ddc.analysis.sizing.ClusterSizing.Headroom;
import org.ddc.model.Design;
import org.ddc.model.SizingPolicy;

/** How the command line and the editor word a sizing: headroom, reserve, survival, one fact each. */
public final class SizingText {
	private SizingText() {
	}

	/** "20 % peak buffer and 25 % growth applied" from the design's policy, or "no peak buffer or growth". */
	public static String applied(Design design) {
		SizingPolicy policy = design != null ? design.getPolicy() : null;
		double peak = policy != null && policy.getPeakBuffer() != null ? policy.getPeakBuffer().base() : 0;
		double growth = policy != null && policy.getGrowth() != null ? policy.getGrowth().base() : 0;
		if (peak <= 0 && growth <= 0) {
			return "no peak buffer or growth";
		}
		return Quantities.number(peak) + " % peak buffer and " + Quantities.number(growth) + " % growth applied";
	}

	/** "memory 228 GB free of 1.7 TB (12.9 %)", or "CPU not checked (no CPU figures)". */
	public static String headroom(Headroom headroom) {
		if (Double.isNaN(headroom.capacity())) {
			return headroom.resource() + " not checked (no CPU figures)";
		}
		boolean memory = headroom.resource().equals("memory");
		String free = memory ? Quantities.size(headroom.free()) : Quantities.percent(headroom.free());
		String capacity = memory ? Quantities.size(headroom.capacity()) : Quantities.percent(headroom.capacity());
		String share = Double.isNaN(headroom.freeShare()) ? ""
				: " (" + Quantities.percent(headroom.freeShare() * 100) + ")";
		return headroom.resource() + " " + free + " free of " + capacity + share;
	}

	/** "N+1 (policy)", "N+2 (cluster)", "N+1 (the guide's minimum)", "no reserve". */
	public static String reserve(ClusterSizing cluster) {
		return switch (cluster.reserveSource()) {
		case NOT_CLUSTERED -> "no reserve";
		case CLUSTER -> "N+" + cluster.reserve() + " (cluster)";
		case POLICY -> "N+" + cluster.reserve() + " (policy)";
		case GUIDE_MINIMUM -> "N+1 (the guide's minimum)";
		};
	}

	/** "survives any host failure (8 scenarios re-placed)", "does NOT survive a host failure (…)". */
	public static String survival(Survival survival) {
		return switch (survival.status()) {
		case NOT_REQUIRED -> "no failover (unclustered)";
		case HOLDS -> "survives any " + (survival.reserve() == 1 ? "host failure" : survival.reserve()
				+ " host failures") + " (" + coverage(survival) + ")";
		case FAILS -> "does NOT survive " + (survival.reserve() == 1 ? "a host failure" : survival.reserve()
				+ " host failures") + " (" + survival.failedScenarios() + " of " + survival.scenarios()
				+ " scenarios fail)";
		};
	}

	private static String coverage(Survival survival) {
		return switch (survival.coverage()) {
		case NONE -> "nothing checked";
		case EXHAUSTIVE -> Quantities.count(survival.scenarios(), "scenario") + " re-placed";
		case RESERVE_HOSTS -> "every failure re-placed; k empty hosts take any k failed hosts";
		case WORST_CASE -> "worst case only: the k most loaded hosts failing together";
		};
	}

	/** A limit or reason in words: "memory", "anti affinity", "vm count". */
	public static String limit(Enum<?> limit) {
		return limit.name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	/** "8 hosts declared, 8 needed; fits" or "…; SHORT: VM X finds no host (memory)". */
	public static String verdict(HostDesignSizing sizing) {
		String needed = sizing.quantityNeeded().isPresent() ? Quantities.number(sizing.quantityNeeded().getAsInt())
				: "no count";
		return Quantities.count(sizing.quantity(), "host") + " declared, " + needed + " needed; "
				+ (sizing.fits() ? "fits" : "SHORT — " + sizing.shortfall().map(SizingText::shortfall).orElse(""));
	}

	/** "VM X finds no host (memory)" or "VM X cannot restart when H-01 fails (memory)". */
	public static String shortfall(Shortfall shortfall) {
		return shortfall.survival() ? cannotRestart(shortfall.vm().id(), shortfall.failedHosts(), shortfall.limit())
				: "VM " + shortfall.vm().id() + " finds no host (" + limit(shortfall.limit()) + ")";
	}

	/** "VM X cannot restart when H-01 fails (memory)": a failure scenario survival did not absorb. */
	public static String failure(Survival.Failure failure) {
		return cannotRestart(failure.vm().id(), failure.failedHosts(), failure.limit());
	}

	private static String cannotRestart(String vm, java.util.List<String> failedHosts, Enum<?> limit) {
		return "VM " + vm + " cannot restart when " + String.join(" and ", failedHosts)
				+ (failedHosts.size() == 1 ? " fails" : " fail") + " (" + limit(limit) + ")";
	}
}
