package org.ddc.report.analysis;

import java.util.ArrayList;
import java.util.List;

import org.ddc.analysis.DesignAnalysis;
import org.ddc.analysis.Quantities;
import org.ddc.analysis.Sizing;
import org.ddc.analysis.placement.ClusterPlan.Bound;
import org.ddc.analysis.sizing.ClusterSizing;
import org.ddc.analysis.sizing.ClusterSizing.ResourceUse;
import org.ddc.analysis.sizing.HostDesignSizing;
import org.ddc.analysis.sizing.SizingText;
import org.ddc.model.Design;
import org.ddc.report.Cells;
import org.ddc.report.model.BarChart;
import org.ddc.report.model.Block;
import org.ddc.report.model.Cell;
import org.ddc.report.model.Paragraph;
import org.ddc.report.model.Row;
import org.ddc.report.model.Section;
import org.ddc.report.model.Table;

/**
 * Sizing per cluster (guide Step 2 Task 2, L158–L167; N+k, L123): each cluster's hosts, reserve, VMs, the hosts it
 * needs and the resource that binds; per resource the VMs' demand at peak, what peak buffer and growth add, the hosts'
 * capacity, the part the N+k reserve holds back and what is left free; the same as bars.
 */
final class SizingSection {
	private static final double MB_PER_GB = 1024;

	private SizingSection() {
	}

	static Section section(DesignAnalysis analysis) {
		Design design = analysis.index().design();
		List<Row> clusters = new ArrayList<>();
		List<Row> resources = new ArrayList<>();
		List<BarChart.Bar> memoryBars = new ArrayList<>();
		List<BarChart.Bar> cpuBars = new ArrayList<>();
		List<String> notPlanned = new ArrayList<>();
		for (HostDesignSizing hostDesign : analysis.hosts().hostDesigns()) {
			if (!hostDesign.planned()) {
				notPlanned.add(Cells.name(hostDesign.hostDesign()) + ": " + hostDesign.notPlanned());
				continue;
			}
			for (ClusterSizing cluster : hostDesign.clusters()) {
				clusters.add(clusterRow(hostDesign, cluster));
				for (ResourceUse use : cluster.resourceUse(design)) {
					boolean memory = use.resource().equals("memory");
					resources.add(resourceRow(cluster, use, memory));
					if (!Double.isNaN(use.capacity())) {
						(memory ? memoryBars : cpuBars).add(bar(cluster, use, memory));
					}
				}
			}
		}
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Paragraph("Every VM of the design is placed on a host of its host design, with "
				+ SizingText.applied(design) + " and " + Quantities.size(Sizing.hostReserveMb(design))
				+ " of each host's memory kept for the parent partition; each cluster must also run all its VMs when"
				+ " its k reserve hosts fail (N+k). The binding resource is what sets the cluster's lower bound on"
				+ " hosts."));
		List<String> notes = new ArrayList<>();
		if (!notPlanned.isEmpty()) {
			notes.add("Not sized: " + String.join("; ", notPlanned) + ".");
		}
		blocks.add(new Table("sizing", "Sizing per cluster",
				"Dynamic Datacenter guide, Step 2, Task 2 (L158–L168); host clustering needs an additional host (L123)",
				List.of("Cluster", "Host design", "Hosts", "N+k", "VMs", "Lower bound", "Hosts needed",
						"Binding resource", "Verdict"),
				null, clusters, notes));
		blocks.add(new Table("sizing-resources", "Demand against capacity per cluster and resource",
				"Dynamic Datacenter guide, Step 1, Task 3 (L130–L131) and Step 2, Task 2 (L167)",
				List.of("Cluster and resource", "Demand at peak", "Peak buffer and growth",
						"Demand with peak buffer and growth", "Capacity of all hosts", "N+k reserve",
						"Capacity after N+k", "Free after N+k"),
				null, resources, List.of("Memory in GB: each host's memory less the host reserve. CPU in percent of"
						+ " the reference CPU; a cluster whose hosts or design state no CPU is not checked for CPU and "
						+ "has no CPU row. The N+k reserve is the capacity of the cluster's k largest hosts.")));
		blocks.add(new BarChart("Memory per cluster: demand, peak buffer and growth, N+k reserve against capacity",
				"GB", memoryBars));
		if (!cpuBars.isEmpty()) {
			blocks.add(new BarChart("CPU per cluster: demand, peak buffer and growth, N+k reserve against capacity",
					"%", cpuBars));
		}
		return new Section("sizing", "Sizing per cluster", blocks);
	}

	private static Row clusterRow(HostDesignSizing hostDesign, ClusterSizing cluster) {
		Bound bound = cluster.plan().bound();
		Cell needed = cluster.hostsNeeded().isPresent() ? Cells.count(cluster.hostsNeeded().getAsInt())
				: Cell.empty("no host count places every VM and survives N+k");
		Cell binding = bound.limit() == null ? Cell.empty("no VMs") : Cell.text(SizingText.limit(bound.limit()));
		return new Row(List.of(Cell.text(cluster.name()), Cell.text(Cells.name(hostDesign.hostDesign())),
				Cells.count(cluster.hosts().size()), Cell.text(SizingText.reserve(cluster)),
				Cells.count(cluster.vms().size()), Cells.count(bound.hosts()), needed, binding,
				Cell.text(Verdicts.cluster(cluster))), Row.Kind.DERIVED, null);
	}

	private static Row resourceRow(ClusterSizing cluster, ResourceUse use, boolean memory) {
		List<Cell> cells = new ArrayList<>();
		cells.add(Cell.text(cluster.name() + " " + use.resource()));
		if (Double.isNaN(use.capacity())) {
			cells.add(amount(use.peakDemand(), memory));
			cells.add(amount(use.buffer(), memory));
			cells.add(amount(use.demand(), memory));
			String why = "CPU not checked: no CPU figures for the reference CPU or the hosts";
			for (int i = 0; i < 4; i++) {
				cells.add(Cell.empty(why));
			}
			return new Row(cells, Row.Kind.DERIVED, memory ? "GB" : "%");
		}
		cells.add(amount(use.peakDemand(), memory));
		cells.add(amount(use.buffer(), memory));
		cells.add(amount(use.demand(), memory));
		cells.add(amount(use.capacity(), memory));
		cells.add(amount(use.reserve(), memory));
		cells.add(amount(use.afterReserve(), memory));
		String share = Double.isNaN(use.freeShare()) ? "" : " (" + Quantities.percent(use.freeShare() * 100) + ")";
		double free = free(use);
		cells.add(memory ? Cell.number(free / MB_PER_GB, "GB", Quantities.size(free) + share)
				: Cell.number(free, "%", Quantities.percent(free) + share));
		return new Row(cells, Row.Kind.DERIVED, memory ? "GB" : "%");
	}

	private static Cell amount(double value, boolean memory) {
		return memory ? Cells.size(value) : Cells.percent(value);
	}

	private static BarChart.Bar bar(ClusterSizing cluster, ResourceUse use, boolean memory) {
		double scale = memory ? MB_PER_GB : 1;
		List<BarChart.Segment> segments = List.of(new BarChart.Segment("demand at peak", use.peakDemand() / scale),
				new BarChart.Segment("peak buffer and growth", use.buffer() / scale),
				new BarChart.Segment("N+k reserve", use.reserve() / scale));
		double free = free(use);
		String text = format(use.demand(), memory) + " needed + " + format(use.reserve(), memory) + " reserve of "
				+ format(use.capacity(), memory) + (free >= 0 ? ", " + format(free, memory) + " free"
						: ", " + format(-free, memory) + " short");
		return new BarChart.Bar(cluster.name() + " " + use.resource(), segments, use.capacity() / scale, text,
				free < 0);
	}

	/** What is free after N+k; a rounding remainder of an exact fit counts as 0, not as short. */
	private static double free(ResourceUse use) {
		double free = use.free();
		return Math.abs(free) <= 1e-9 * Math.max(1, use.capacity()) ? 0 : free;
	}

	private static String format(double value, boolean memory) {
		return memory ? Quantities.size(value) : Quantities.percent(value);
	}
}
