package org.ddc.report.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ddc.analysis.DesignAnalysis;
import org.ddc.analysis.placement.ClusterPlan.HostLoad;
import org.ddc.analysis.placement.ClusterPlan.VmPlacement;
import org.ddc.analysis.sizing.ClusterSizing;
import org.ddc.analysis.sizing.HostDesignSizing;
import org.ddc.analysis.sizing.HostDesignSizing.Oversized;
import org.ddc.analysis.sizing.SizingText;
import org.ddc.report.Cells;
import org.ddc.report.model.Block;
import org.ddc.report.model.Cell;
import org.ddc.report.model.Paragraph;
import org.ddc.report.model.Row;
import org.ddc.report.model.Section;
import org.ddc.report.model.Table;

/**
 * Placement: every host of every cluster with the VMs the placement puts on it, its load and what it has left free;
 * then the VMs that have no host and why.
 */
final class PlacementSection {
	private PlacementSection() {
	}

	static Section section(DesignAnalysis analysis) {
		List<Row> hosts = new ArrayList<>();
		List<Row> homeless = new ArrayList<>();
		for (HostDesignSizing hostDesign : analysis.hosts().hostDesigns()) {
			for (Oversized oversized : hostDesign.oversized()) {
				String name = Cells.name(hostDesign.hostDesign());
				homeless.add(new Row(List.of(Cell.text(oversized.vm().id()), Cell.text(name),
						Cell.text("larger than any host of " + name + " (" + SizingText.limit(oversized.limit()) + ")")),
						Row.Kind.DERIVED, null));
			}
			for (ClusterSizing cluster : hostDesign.clusters()) {
				Map<String, List<VmPlacement>> byHost = cluster.byHost();
				for (HostLoad load : cluster.plan().hostLoads()) {
					hosts.add(hostRow(cluster, load, byHost.getOrDefault(load.host().id(), List.of())));
				}
				for (VmPlacement placement : cluster.plan().unplaced()) {
					homeless.add(new Row(List.of(Cell.text(placement.vm().id()), Cell.text(cluster.name()),
							Cell.text("finds no host (" + SizingText.limit(placement.reason()) + ")")),
							Row.Kind.DERIVED, null));
				}
			}
		}
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Paragraph("The placement packs each cluster's VMs onto its first hosts and leaves the reserve "
				+ "hosts empty: it proves the hosts suffice, also after the failures N+k allows; it is not a forecast "
				+ "of how a balanced cluster will run. Memory and CPU include the peak buffer and growth."));
		blocks.add(new Table("placement", "Hosts and their VMs", "ddc placement of every VM instance (org.ddc.analysis)",
				List.of("Host", "Cluster", "VMs", "Memory used", "Memory free", "CPU used", "CPU free",
						"VM instances"),
				java.util.Arrays.asList(null, null, null, "GB", "GB", "%", "%", null), hosts,
				hosts.isEmpty() ? List.of("The design has no host to place VMs on.") : List.of()));
		blocks.add(new Table("unplaced", "VMs without a host", "ddc placement of every VM instance (org.ddc.analysis)",
				List.of("VM", "Cluster or host design", "Why"), null, homeless,
				homeless.isEmpty() ? List.of("Every VM has a host.") : List.of()));
		return new Section("placement", "Placement", blocks);
	}

	private static Row hostRow(ClusterSizing cluster, HostLoad load, List<VmPlacement> vms) {
		boolean cpuKnown = !Double.isNaN(load.host().cpuPercent());
		String noCpu = "CPU not checked: no CPU figures for the reference CPU or the hosts";
		return new Row(List.of(Cell.text(load.host().id()), Cell.text(cluster.name()), Cells.count(load.vms()),
				Cells.size(load.memoryMb()), Cells.size(load.freeMemoryMb()),
				cpuKnown ? Cells.percent(load.cpuPercent()) : Cell.empty(noCpu),
				cpuKnown ? Cells.percent(load.freeCpuPercent()) : Cell.empty(noCpu),
				Cells.items(vms.stream().map(p -> p.vm().id()).toList(),
						load.vms() == 0 ? "empty (reserve)" : "none")),
				Row.Kind.DERIVED, null);
	}
}
