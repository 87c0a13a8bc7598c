package org.ddc.report.jobaids;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.ddc.analysis.DesignAnalysis;
import org.ddc.analysis.DesignIndex;
import org.ddc.model.Device;
import org.ddc.model.Firewall;
import org.ddc.model.LoadBalancer;
import org.ddc.model.Workload;
import org.ddc.report.Cells;
import org.ddc.report.model.Cell;
import org.ddc.report.model.Row;
import org.ddc.report.model.Section;
import org.ddc.report.model.Table;

/**
 * Tables A-6. Load Balancers (guide L797) and A-7. Firewalls (L823), both optional in the guide: one column per
 * device the design declares (a pair is one device of quantity 2), the guide's three rows each. A design without
 * any says so, in the guide's empty layout.
 */
final class FrontEnds {
	private FrontEnds() {
	}

	static Section loadBalancers(DesignAnalysis analysis) {
		List<LoadBalancer> balancers = analysis.index().all(LoadBalancer.class);
		List<Row> rows = new ArrayList<>();
		rows.add(row(balancers, "Load balancer type", FrontEnds::loadBalancerType, "load balancer"));
		rows.add(row(balancers, "Number needed for redundancy", lb -> Cells.count(Math.max(0, lb.getQuantity())),
				"load balancer"));
		rows.add(row(balancers, "Workloads served", lb -> served(lb.getServes()), "load balancer"));
		List<String> notes = new ArrayList<>();
		notes.add("Row labels are the guide's, verbatim (L803–L813). Table A-6 is optional (L796): Step 5 Task 2 records"
				+ " the load balancer type, the quantity needed for redundancy and the workloads served (L490).");
		if (balancers.isEmpty()) {
			notes.add("The design declares no load balancer.");
		}
		Table table = new Table("A-6", "Table A-6. Load Balancers",
				"Dynamic Datacenter guide, Appendix A, Table A-6 (L796–L814); filled in Step 5, Task 2",
				columns(balancers, "Load balancer #1"), null, rows, notes);
		return new Section("a-6", "Table A-6. Load Balancers", List.of(table));
	}

	static Section firewalls(DesignAnalysis analysis) {
		List<Firewall> firewalls = analysis.index().all(Firewall.class);
		List<Row> rows = new ArrayList<>();
		rows.add(row(firewalls, "Firewall type", fw -> Cells.stated(fw.getType()), "firewall"));
		rows.add(row(firewalls, "Number needed for redundancy", fw -> Cells.count(Math.max(0, fw.getQuantity())),
				"firewall"));
		rows.add(row(firewalls, "Workloads served", fw -> served(fw.getServes()), "firewall"));
		List<Row> all = new ArrayList<>(rows);
		all.add(firewalls.isEmpty()
				? new Row(List.of(Cell.text("Position"), Cell.empty("the design declares no firewall")),
						Row.Kind.DERIVED, null)
				: Columns.row("Position", null, Row.Kind.DERIVED, firewalls, fw -> fw.isSetPosition()
						? Cell.text(Hardware.words(fw.getPosition().getLiteral())) : Cells.notStated()));
		List<String> notes = new ArrayList<>();
		notes.add("Row labels are the guide's, verbatim (L829–L839). Table A-7 is optional (L822): Step 5 Task 3 records"
				+ " the firewall used, its quantity for redundancy and the workloads connected (L500).");
		if (firewalls.isEmpty()) {
			notes.add("The design declares no firewall.");
		}
		Table table = new Table("A-7", "Table A-7. Firewalls",
				"Dynamic Datacenter guide, Appendix A, Table A-7 (L822–L839); filled in Step 5, Task 3",
				columns(firewalls, "Firewall #1"), null, all, notes);
		return new Section("a-7", "Table A-7. Firewalls", List.of(table));
	}

	private static Cell loadBalancerType(LoadBalancer lb) {
		String kind = lb.isSetKind() ? Hardware.words(lb.getKind().getLiteral()) : null;
		if (lb.getType() == null || lb.getType().isBlank()) {
			return kind == null ? Cells.notStated() : Cell.text(kind);
		}
		return Cell.text(lb.getType() + (kind == null ? "" : " (" + kind + ")"));
	}

	private static Cell served(List<Workload> workloads) {
		return Cells.items(workloads.stream().filter(DesignIndex::live).map(Cells::name).toList(),
				Cells.NOT_STATED);
	}

	/** The corner and one column per device, or the guide's first column, empty, when there is none. */
	private static List<String> columns(List<? extends Device> devices, String none) {
		List<String> columns = new ArrayList<>();
		columns.add("");
		if (devices.isEmpty()) {
			columns.add(none);
		}
		devices.forEach(d -> columns.add(Cells.name(d)));
		return columns;
	}

	private static <T extends Device> Row row(List<T> devices, String label, Function<T, Cell> cell, String what) {
		return devices.isEmpty()
				? new Row(List.of(Cell.text(label), Cell.empty("the design declares no " + what)), Row.Kind.GUIDE, null)
				: Columns.row(label, null, Row.Kind.GUIDE, devices, cell);
	}
}
