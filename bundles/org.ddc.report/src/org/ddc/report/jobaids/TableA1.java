package org.ddc.report.jobaids;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.ddc.analysis.Demand;
import org.ddc.analysis.DesignAnalysis;
import org.ddc.analysis.DesignIndex;
import org.ddc.analysis.Quantities;
import org.ddc.analysis.Sizing;
import org.ddc.analysis.sizing.SizingText;
import org.ddc.model.Design;
import org.ddc.model.FaultToleranceApproach;
import org.ddc.model.Subnet;
import org.ddc.model.Workload;
import org.ddc.model.units.Quantity;
import org.ddc.report.Cells;
import org.ddc.report.model.Cell;
import org.ddc.report.model.Row;
import org.ddc.report.model.Section;
import org.ddc.report.model.Table;

/**
 * Table A-1. Resource Requirements (guide L537): one column per workload and a Total over the workloads in scope,
 * the guide's rows verbatim, the VM instances behind each column; then the initial size of Step 1 Task 3 (L127–131):
 * the total, the total with peak buffer and growth, and the fault-tolerance extras.
 */
final class TableA1 {
	static final String TOTAL = "Total";
	static final String VM_INSTANCES = "VM instances";
	static final String WITH_BUFFER = "Total with peak buffer and growth";
	static final String EXTRA_VMS = "Fault-tolerance extra VM instances (load balancing, VM-level clustering)";
	static final String EXTRA_HOSTS = "Fault-tolerance extra hosts (host-level clustering: the N+k reserve)";

	private final DesignAnalysis analysis;
	private final Design design;
	private final List<Workload> workloads;
	private final List<Workload> inScope;

	private TableA1(DesignAnalysis analysis) {
		this.analysis = analysis;
		this.design = analysis.index().design();
		this.workloads = analysis.index().all(Workload.class);
		this.inScope = workloads.stream().filter(Demand::inScope).toList();
	}

	static Section section(DesignAnalysis analysis) {
		TableA1 a1 = new TableA1(analysis);
		return new Section("a-1", "Table A-1. Resource Requirements", List.of(a1.table(), a1.initialSize()));
	}

	private Table table() {
		List<String> columns = new ArrayList<>();
		columns.add("Resource");
		workloads.forEach(w -> columns.add(Cells.name(w)));
		columns.add(TOTAL);
		Demand total = Demand.total(workloads);
		List<Row> rows = new ArrayList<>();
		rows.add(textRow("Application name", w -> Cells.stated(w.getApplication())));
		rows.add(textRow("Operating systems supported",
				w -> Cells.items(w.getOperatingSystems(), Cells.NOT_STATED)));
		rows.add(numberRow("Memory", "GB", w -> w.getMemory() == null ? Cells.notStated()
				: Cells.size(Demand.of(w).memoryMb(), makeUp(w, w.getMemory())), Cells.size(total.memoryMb())));
		rows.add(numberRow("CPU utilization", "%", w -> w.getCpu() == null ? Cells.notStated()
				: Cells.percent(Demand.of(w).cpuPercent(), makeUp(w, w.getCpu())),
				cpuTotal(analysis, total.cpuPercent())));
		rows.add(numberRow("Disk space required", "GB", this::disk, Cells.size(total.diskMb())));
		rows.add(numberRow("Disk IOps", "IOPS", w -> w.getIops() == null ? Cells.notStated()
				: Cells.iops(Demand.of(w).iops(), makeUp(w, w.getIops())), Cells.iops(total.iops())));
		rows.add(row("Network subnets", null,
				w -> Cells.items(w.getSubnets().stream().filter(DesignIndex::live).map(Cells::subnet).toList(),
						Cells.NOT_STATED),
				Cells.items(subnetUnion(inScope), "no subnet stated by a workload in scope")));
		rows.add(numberRow("Network throughput", "Mbps", w -> w.getThroughput() == null ? Cells.notStated()
				: Cells.rate(Demand.of(w).throughputMbps(), makeUp(w, w.getThroughput())),
				Cells.rate(total.throughputMbps())));
		rows.add(textRow("Isolation requirements", TableA1::isolation));
		rows.add(textRow("Virtualization supported", w -> w.isSetVirtualizationSupported()
				? Cells.yesNo(w.isVirtualizationSupported()) : Cells.notStated()));
		rows.add(textRow("Requirement for fault tolerance", w -> w.isSetFaultToleranceRequired()
				? Cells.yesNo(w.isFaultToleranceRequired()) : Cells.notStated()));
		rows.add(textRow("Fault-tolerance approach", w -> w.isSetFaultToleranceApproach()
				? Cell.text(approach(w.getFaultToleranceApproach())) : Cells.notStated()));
		rows.add(textRow("In scope", TableA1::inScope));
		rows.add(textRow("Workload grouping",
				w -> DesignIndex.live(w.getGroup()) ? Cell.text(Cells.name(w.getGroup())) : Cells.notStated()));
		rows.add(Columns.row(VM_INSTANCES, null, Row.Kind.DERIVED, workloads, w -> Cells.count(Demand.of(w).vms()),
				Cells.count(total.vms())));
		return new Table("A-1", "Table A-1. Resource Requirements",
				"Dynamic Datacenter guide, Appendix A, Table A-1 (L536–L622); filled in Step 1, Tasks 1–3", columns, null,
				rows, notes(total));
	}

	private List<String> notes(Demand total) {
		List<String> notes = new ArrayList<>();
		notes.add("Row labels are the guide's, verbatim (L544–L622); the guide's \"Requirement for fault tolerance \""
				+ " (L604) ends with a space, left out here. One column per workload (the guide's \"Workload 1\" … "
				+ "\"Workload N\", L539–L541), headed by the workload's name.");
		notes.add("Each workload column counts all of its VM instances: the design states memory, CPU, disk space, disk"
				+ " IOps and network throughput per VM, and a workload with 'instances 3' counts three times (row \""
				+ VM_INSTANCES + "\"; the guide maps workloads to guests 1:1, L84).");
		List<String> out = workloads.stream().filter(w -> !Demand.inScope(w)).map(Cells::name).toList();
		notes.add("The Total column adds up the workloads in scope only (L128: \"the selected workload candidates\"): "
				+ inScope.size() + " of " + Quantities.count(workloads.size(), "workload")
				+ (out.isEmpty() ? "" : "; not counted: " + String.join(", ", out)) + ". Network subnets: the Total "
				+ "is the union of the subnets, not a sum. Text rows have no total.");
		notes.add(cpuNote(analysis));
		List<String> unstated = new ArrayList<>();
		missing(unstated, "memory", w -> w.getMemory() == null);
		missing(unstated, "CPU utilization", w -> w.getCpu() == null);
		missing(unstated, "disk space", w -> w.getDisk() == null && w.getVirtualDisks().isEmpty());
		missing(unstated, "disk IOps", w -> w.getIops() == null);
		missing(unstated, "network throughput", w -> w.getThroughput() == null);
		if (!unstated.isEmpty()) {
			notes.add("Not stated in the design, counted as 0 in the Total: " + String.join("; ", unstated) + ".");
		}
		return notes;
	}

	private void missing(List<String> unstated, String what, Predicate<Workload> missing) {
		List<String> names = inScope.stream().filter(missing).map(Cells::name).toList();
		if (!names.isEmpty()) {
			unstated.add(what + " of " + String.join(", ", names));
		}
	}

	/** The initial size of Step 1 Task 3: total, with peak buffer and growth, the fault-tolerance extras. */
	private Table initialSize() {
		List<String> columns = List.of("", "VMs", "Memory", "CPU utilization", "Disk space required", "Disk IOps",
				"Network throughput", "Hosts");
		List<String> units = java.util.Arrays.asList(null, null, "GB", "%", "GB", "IOPS", "Mbps", null);
		Demand total = Demand.total(workloads);
		String noHosts = "hosts are sized in Step 2 (Table A-3, Sizing)";
		String notApplicable = "not applicable";
		List<Row> rows = new ArrayList<>();
		rows.add(demandRow(TOTAL, Row.Kind.TOTAL, total, Cell.empty(noHosts)));
		rows.add(demandRow(WITH_BUFFER, Row.Kind.DERIVED, total.withPeakBufferAndGrowth(design),
				Cell.empty(noHosts)));
		rows.add(demandRow(EXTRA_VMS, Row.Kind.DERIVED, Demand.faultToleranceExtras(workloads),
				Cell.empty(notApplicable)));
		List<Cell> hosts = new ArrayList<>();
		hosts.add(Cell.text(EXTRA_HOSTS));
		for (int i = 0; i < 6; i++) {
			hosts.add(Cell.empty(notApplicable));
		}
		hosts.add(Cells.count(analysis.hosts().reserveHosts()));
		rows.add(new Row(hosts, Row.Kind.DERIVED, null));
		List<String> notes = new ArrayList<>();
		notes.add("Step 1 Task 3 tallies \"the overall memory, disk storage space, and disk throughput\" (L128), plus a"
				+ " buffer for growth (L130) and \"the additional infrastructure required for fault tolerance\" (L131);"
				+ " Table A-1 has no row for them, so they are here. Workloads in scope only.");
		notes.add(Sizing.headroom(design) == 1
				? WITH_BUFFER + ": the design's policy states no peak buffer or growth, so it equals the total (L130, "
						+ "L167 ask for both)."
				: WITH_BUFFER + ": " + SizingText.applied(design) + " to memory, CPU, disk IOps and network "
						+ "throughput (the peak load the hosts and storage must carry, L167); disk space grows with "
						+ "growth only (the peak buffer is for load).");
		notes.add("The extra VM instances are part of the total: load balancing and VM-level clustering need at least "
				+ "one additional VM each (L115, L120), so every instance after a workload's first is counted here. "
				+ "The extra hosts are the k of each cluster's N+k (L123), on top of the hosts the VMs need.");
		notes.add(cpuNote(analysis));
		return new Table("A-1-size", "Initial size of the Dynamic Datacenter",
				"Dynamic Datacenter guide, Step 1, Task 3 (L127–L131)", columns, units, rows, notes);
	}

	private Row demandRow(String label, Row.Kind kind, Demand demand, Cell hosts) {
		return new Row(List.of(Cell.text(label), Cells.count(demand.vms()), Cells.size(demand.memoryMb()),
				cpuTotal(analysis, demand.cpuPercent()), Cells.size(demand.diskMb()), Cells.iops(demand.iops()),
				Cells.rate(demand.throughputMbps()), hosts), kind, null);
	}

	/** A CPU total, or why there is none: percentages of no stated processor do not add up. */
	static Cell cpuTotal(DesignAnalysis analysis, double percent) {
		return analysis.index().design() == null || analysis.index().design().getReferenceCpu() == null
				? Cell.empty(NO_REFERENCE_CPU) : Cells.percent(percent);
	}

	static final String NO_REFERENCE_CPU = "the design states no reference-cpu: CPU percentages of unknown processors "
			+ "are not added up";

	/** What CPU percentages are percentages of. */
	static String cpuNote(DesignAnalysis analysis) {
		Design design = analysis.index().design();
		if (design == null || design.getReferenceCpu() == null) {
			return "CPU utilization: the design states no 'reference-cpu', so the workloads' CPU percentages cannot be"
					+ " normalised to one processor and are not added up (L95; Table A-2 adds percentages, L644).";
		}
		return "CPU utilization is in percent of the design's reference CPU (" + Hardware.cpu(design.getReferenceCpu())
				+ "), so totals are in that processor's worth: 100 % is one reference CPU.";
	}

	private Row textRow(String label, Function<Workload, Cell> cell) {
		return row(label, null, cell, Cell.empty(Cells.NO_TOTAL));
	}

	private Row numberRow(String label, String unit, Function<Workload, Cell> cell, Cell total) {
		return row(label, unit, cell, total);
	}

	private Row row(String label, String unit, Function<Workload, Cell> cell, Cell total) {
		return Columns.row(label, unit, Row.Kind.GUIDE, workloads, cell, total);
	}

	private Cell disk(Workload workload) {
		if (workload.getDisk() == null && workload.getVirtualDisks().isEmpty()) {
			return Cells.notStated();
		}
		String makeUp = workload.getDisk() != null ? makeUp(workload, workload.getDisk())
				: "virtual disks; a shared one counted once";
		return Cells.size(Demand.of(workload).diskMb(), makeUp);
	}

	/** "3 × 16 GB" for several instances, else null: the value as the design states it per VM. */
	private static String makeUp(Workload workload, Quantity perInstance) {
		int instances = Math.max(0, workload.getInstances());
		return instances == 1 ? null : instances + " × " + perInstance;
	}

	static List<String> subnetUnion(List<Workload> workloads) {
		Set<Subnet> union = new LinkedHashSet<>();
		workloads.forEach(w -> w.getSubnets().stream().filter(DesignIndex::live).forEach(union::add));
		return union.stream().map(Cells::subnet).toList();
	}

	private static Cell isolation(Workload workload) {
		if (DesignIndex.live(workload.getIsolation())) {
			return Cell.text("Yes (" + Cells.name(workload.getIsolation()) + ")");
		}
		return workload.isSetIsolationRequired() && !workload.isIsolationRequired() ? Cell.text("No")
				: Cells.notStated();
	}

	private static Cell inScope(Workload workload) {
		if (workload.isSetInScope()) {
			return workload.isInScope() && !Demand.inScope(workload)
					? Cell.text("Yes (but virtualization is not supported: not counted)")
					: Cells.yesNo(workload.isInScope());
		}
		return Demand.inScope(workload) ? Cell.text("Yes (not stated: counted in scope)")
				: Cell.text("No (virtualization not supported)");
	}

	/** The guide's names of the four options (L112–L125) and "Not applicable" (L612). */
	static String approach(FaultToleranceApproach approach) {
		return switch (approach) {
		case LOAD_BALANCING -> "Load Balancing";
		case VM_CLUSTERING -> "Virtual Machine-Level Clustering";
		case HOST_CLUSTERING -> "Host-Level Clustering";
		case APPLICATION_LEVEL -> "Application-Level Fault Tolerance";
		case NOT_APPLICABLE -> "Not applicable";
		};
	}
}
