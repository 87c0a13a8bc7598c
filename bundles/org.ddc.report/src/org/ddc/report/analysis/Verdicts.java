package org.ddc.report.analysis;

import java.util.List;

import org.ddc.analysis.Quantities;
import org.ddc.analysis.placement.ClusterPlan.VmPlacement;
import org.ddc.analysis.placement.Survival;
import org.ddc.analysis.sizing.ClusterSizing;
import org.ddc.analysis.sizing.Shortfall;
import org.ddc.analysis.sizing.SizingText;

/** A cluster's verdict in words, from the analysis' own wording ({@link SizingText}). */
final class Verdicts {
	private Verdicts() {
	}

	/** "fits; survives any host failure (8 scenarios re-placed)", or why not: the VM without a host or restart. */
	static String cluster(ClusterSizing cluster) {
		List<VmPlacement> unplaced = cluster.plan().unplaced();
		if (!unplaced.isEmpty()) {
			VmPlacement first = unplaced.get(0);
			return "SHORT — " + SizingText.shortfall(new Shortfall(cluster, cluster.instance(first), first.reason(),
					List.of(), unplaced.size()))
					+ (unplaced.size() > 1 ? "; " + Quantities.count(unplaced.size(), "VM") + " without a host" : "");
		}
		Survival survival = cluster.plan().survival();
		if (!survival.holds() && !survival.failures().isEmpty()) {
			return "SHORT — " + SizingText.failure(survival.failures().get(0));
		}
		return "fits; " + SizingText.survival(survival);
	}
}
