package org.ddc.report.analysis;

import java.util.ArrayList;
import java.util.List;

import org.ddc.analysis.DesignAnalysis;
import org.ddc.analysis.placement.Survival;
import org.ddc.analysis.sizing.ClusterSizing;
import org.ddc.analysis.sizing.HostDesignSizing;
import org.ddc.analysis.sizing.SizingText;
import org.ddc.report.Cells;
import org.ddc.report.model.Cell;
import org.ddc.report.model.Row;
import org.ddc.report.model.Section;
import org.ddc.report.model.Table;

/**
 * N+k survival per cluster: whether the VMs of any k failed hosts restart on the others, how many failure scenarios
 * were re-placed, and the first VM that cannot restart after which failure.
 */
final class SurvivalSection {
	private SurvivalSection() {
	}

	static Section section(DesignAnalysis analysis) {
		List<Row> rows = new ArrayList<>();
		for (HostDesignSizing hostDesign : analysis.hosts().hostDesigns()) {
			for (ClusterSizing cluster : hostDesign.clusters()) {
				Survival survival = cluster.plan().survival();
				Cell first = survival.failures().isEmpty() ? Cell.empty("none")
						: Cell.text(SizingText.failure(survival.failures().get(0)));
				rows.add(new Row(List.of(Cell.text(cluster.name()), Cells.count(cluster.hosts().size()),
						Cell.text(SizingText.reserve(cluster)), Cell.text(SizingText.survival(survival)),
						Cells.count(survival.scenarios()), Cells.count(survival.failedScenarios()), first),
						Row.Kind.DERIVED, null));
			}
		}
		List<String> notes = List.of("Survival is checked by re-placement: for every single host failure (and, for k ≥ 2,"
				+ " every combination of k hosts where that is tractable, else the worst case), the failed hosts' VMs "
				+ "must restart on the other hosts within memory, CPU, VM count and virtual processors, keeping "
				+ "instances of a load-balanced or clustered workload apart and isolation domains separate. "
				+ "Unclustered hosts hold no reserve.");
		Table table = new Table("survival", "N+k survival per cluster",
				"Dynamic Datacenter guide, Step 1, Task 2 (L115, L120, L123) and Step 1, Task 3 (L131)",
				List.of("Cluster", "Hosts", "N+k", "Verdict", "Scenarios re-placed", "Scenarios that fail",
						"First VM that cannot restart"),
				null, rows, rows.isEmpty() ? List.of("The design has no host cluster.") : notes);
		return new Section("survival", "N+k survival", List.of(table));
	}
}
