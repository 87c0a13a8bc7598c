package org.ddc.report.jobaids;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.ddc.analysis.Demand;
import org.ddc.analysis.DesignAnalysis;
import org.ddc.analysis.DesignIndex;
import org.ddc.analysis.sizing.HostSizing;
import org.ddc.model.FaultToleranceApproach;
import org.ddc.model.HostDesign;
import org.ddc.model.Workload;
import org.ddc.model.WorkloadGroup;
import org.ddc.report.Cells;
import org.ddc.report.model.Cell;
import org.ddc.report.model.Row;
import org.ddc.report.model.Section;
import org.ddc.report.model.Table;

/**
 * Table A-2. Workload Groupings Requirements (guide L633): one column per workload group, the totals of Table A-1
 * over the group's workloads in scope (Step 2 Task 1, L154), and what ddc adds: the group's workloads, VMs, host
 * design and isolation.
 */
final class TableA2 {
	private TableA2() {
	}

	static Section section(DesignAnalysis analysis) {
		DesignIndex index = analysis.index();
		List<WorkloadGroup> groups = index.all(WorkloadGroup.class);
		List<String> columns = new ArrayList<>();
		columns.add("Workload grouping name");
		groups.forEach(g -> columns.add(Cells.name(g)));
		List<Row> rows = new ArrayList<>();
		Function<WorkloadGroup, Demand> demand = g -> Demand.total(index.workloadsOf(g));
		rows.add(row(groups, "Total memory", "GB", g -> Cells.size(demand.apply(g).memoryMb()), Row.Kind.GUIDE));
		rows.add(row(groups, "Total CPU utilization", "%",
				g -> TableA1.cpuTotal(analysis, demand.apply(g).cpuPercent()), Row.Kind.GUIDE));
		rows.add(row(groups, "Total disk space required", "GB", g -> Cells.size(demand.apply(g).diskMb()),
				Row.Kind.GUIDE));
		rows.add(row(groups, "Total disk IOps", "IOPS", g -> Cells.iops(demand.apply(g).iops()), Row.Kind.GUIDE));
		rows.add(row(groups, "Network subnets", null,
				g -> Cells.items(TableA1.subnetUnion(inScope(index, g)), "no subnet stated by its workloads"),
				Row.Kind.GUIDE));
		rows.add(row(groups, "Total network throughput", "Mbps", g -> Cells.rate(demand.apply(g).throughputMbps()),
				Row.Kind.GUIDE));
		rows.add(row(groups, "Workloads", null,
				g -> Cells.items(inScope(index, g).stream().map(Cells::name).toList(), "no workload in scope"),
				Row.Kind.DERIVED));
		rows.add(row(groups, "VM instances", null, g -> Cells.count(demand.apply(g).vms()), Row.Kind.DERIVED));
		rows.add(row(groups, "Fault-tolerance approaches", null, g -> approaches(index, g), Row.Kind.DERIVED));
		rows.add(row(groups, "Host design", null, TableA2::hostDesign, Row.Kind.DERIVED));
		rows.add(row(groups, "Isolation", null, g -> DesignIndex.live(g.getIsolation())
				? Cell.text(Cells.name(g.getIsolation()) + " (" + g.getIsolation().getKind().getLiteral() + ")")
				: Cell.text("None"), Row.Kind.DERIVED));
		List<String> notes = new ArrayList<>();
		notes.add("Row labels are the guide's, verbatim (L634–L664); the header row is the guide's \"Workload grouping "
				+ "name\" row (L634), one column per workload group (the guide's \"Grouping A\" … \"Grouping C\").");
		notes.add("Each total adds up Table A-1 over the group's workloads in scope, every VM instance counted (Step 2,"
				+ " Task 1, L154). Network subnets is the union, not a sum. The rows after the guide's are ddc's: the "
				+ "groups are formed on isolation and fault-tolerance requirements (L152–L153), which Table A-2 has no "
				+ "row for.");
		notes.add(TableA1.cpuNote(analysis));
		List<String> ungrouped = index.all(Workload.class).stream()
				.filter(w -> Demand.inScope(w) && !DesignIndex.live(w.getGroup())).map(Cells::name).toList();
		if (!ungrouped.isEmpty()) {
			notes.add("Workloads in scope in no group (in no column): " + String.join(", ", ungrouped) + ".");
		}
		if (groups.isEmpty()) {
			notes.add("The design declares no workload group.");
		}
		List<String> virtual = analysis.hosts().hostDesigns().stream().flatMap(h -> h.vms().stream())
				.filter(vm -> vm.source() instanceof org.ddc.model.ManagementServer).map(vm -> vm.id()).toList();
		if (!virtual.isEmpty()) {
			notes.add("Management servers that run as VMs on a group's hosts are not Table A-1 workloads and are not in "
					+ "these totals; the sizing places them with the group's VMs: " + String.join(", ", virtual) + ".");
		}
		Table table = new Table("A-2", "Table A-2. Workload Groupings Requirements",
				"Dynamic Datacenter guide, Appendix A, Table A-2 (L632–L666); filled in Step 2, Task 1", columns, null,
				rows, notes);
		return new Section("a-2", "Table A-2. Workload Groupings Requirements", List.of(table));
	}

	private static List<Workload> inScope(DesignIndex index, WorkloadGroup group) {
		return index.workloadsOf(group).stream().filter(Demand::inScope).toList();
	}

	private static Row row(List<WorkloadGroup> groups, String label, String unit, Function<WorkloadGroup, Cell> cell,
			Row.Kind kind) {
		return Columns.row(label, unit, kind, groups, cell);
	}

	private static Cell approaches(DesignIndex index, WorkloadGroup group) {
		Set<String> approaches = new LinkedHashSet<>();
		for (Workload workload : inScope(index, group)) {
			if (workload.isSetFaultToleranceApproach()
					&& workload.getFaultToleranceApproach() != FaultToleranceApproach.NOT_APPLICABLE) {
				approaches.add(TableA1.approach(workload.getFaultToleranceApproach()));
			}
		}
		return Cells.items(List.copyOf(approaches), "none stated");
	}

	private static Cell hostDesign(WorkloadGroup group) {
		HostDesign host = HostSizing.hostDesignOf(group);
		if (host == null) {
			return Cells.notStated();
		}
		return Cell.text(Cells.name(host)
				+ (DesignIndex.live(group.getCluster()) ? ", cluster " + Cells.name(group.getCluster().getName()) : ""));
	}
}
