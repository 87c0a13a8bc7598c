package org.ddc.report.jobaids;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;

import org.ddc.analysis.DesignAnalysis;
import org.ddc.analysis.DesignIndex;
import org.ddc.analysis.Quantities;
import org.ddc.analysis.network.LinkKind;
import org.ddc.analysis.network.NetworkAnalysis;
import org.ddc.model.Element;
import org.ddc.model.NetworkSwitch;
import org.ddc.model.Subnet;
import org.ddc.report.Cells;
import org.ddc.report.model.Cell;
import org.ddc.report.model.Row;
import org.ddc.report.model.Section;
import org.ddc.report.model.Table;

/**
 * Table A-5. Network Switch Connections (guide L768, optional): one column per subnet, the guide's rows (purpose, IP
 * range, ports required, assigned switches) from the network analysis, with where the ports come from as detail
 * rows, the VLAN, and the port capacity of the assigned switches that L478 asks to record.
 */
final class TableA5 {
	static final String PORTS = "Number of ports required";
	static final String CAPACITY = "Switch port capacity";
	static final String FREE = "Free ports on the assigned switches";

	private final NetworkAnalysis network;
	private final List<Subnet> subnets;

	private TableA5(DesignAnalysis analysis) {
		this.network = analysis.network();
		this.subnets = analysis.index().all(Subnet.class);
	}

	static Section section(DesignAnalysis analysis) {
		return new Section("a-5", "Table A-5. Network Switch Connections", List.of(new TableA5(analysis).table()));
	}

	private Table table() {
		List<String> columns = new ArrayList<>();
		columns.add("");
		subnets.forEach(s -> columns.add(Cells.name(s)));
		List<Row> rows = new ArrayList<>();
		rows.add(row("Purpose", s -> Hardware.purpose(s) == null ? Cells.notStated()
				: Cell.text(Hardware.capitalized(Hardware.purpose(s))), Row.Kind.GUIDE));
		rows.add(row("IP range", s -> Cells.stated(s.getCidr()), Row.Kind.GUIDE));
		rows.add(row(PORTS, s -> Cells.count(network.ports(s)), Row.Kind.GUIDE));
		for (LinkKind kind : LinkKind.values()) {
			rows.add(row("from " + plural(kind), s -> sources(s, kind), Row.Kind.DETAIL));
		}
		rows.add(row("Assigned to switch", this::assigned, Row.Kind.GUIDE));
		rows.add(row("VLAN", s -> s.isSetVlan() ? Cells.count(s.getVlan()) : Cells.notStated(), Row.Kind.DERIVED));
		rows.add(row(CAPACITY, this::capacity, Row.Kind.DERIVED));
		rows.add(row(FREE, this::free, Row.Kind.DERIVED));
		List<String> notes = new ArrayList<>();
		notes.add("Row labels are the guide's, verbatim (L774–L789); one column per subnet or VLAN (the guide's "
				+ "\"Subnet X\" … \"Subnet Z\"). Table A-5 is optional (L767): a network diagram may replace it (L478).");
		notes.add(PORTS + ": the network switch ports connected on the subnet — host adapter ports times the hosts of "
				+ "their design (Step 2 Task 3, L186), management server interfaces times their count, load balancer "
				+ "(L491) and firewall (L499) interfaces times their units, and the management ports of storage systems"
				+ " and switches (L405, L424–L425); the detail rows say from which devices. A trunk port that carries "
				+ "several subnets counts in each of them. iSCSI ports on storage switches are not network switch "
				+ "ports: Table A-3 lists them.");
		notes.add("Assigned to switch: the switches the subnet records (L478); every switch needs a failover partner "
				+ "(L477). " + CAPACITY + " and " + FREE.toLowerCase(Locale.ROOT) + ": L478 asks for the port capacity,"
				+ " which the table has no row for; free ports are a switch's port count less every port connected to"
				+ " it, on any subnet.");
		if (subnets.isEmpty()) {
			notes.add("The design declares no subnet.");
		}
		return new Table("A-5", "Table A-5. Network Switch Connections",
				"Dynamic Datacenter guide, Appendix A, Table A-5 (L767–L791); filled in Step 4, Tasks 1–3 and Step 5",
				columns, null, rows, notes);
	}

	private Row row(String label, Function<Subnet, Cell> cell, Row.Kind kind) {
		return Columns.row(label, null, kind, subnets, cell);
	}

	/** "16 (HD-WEBAPP 8, HD-DATA 4, HD-PCI 3 …)": the ports of one kind of device and the devices they are from. */
	private Cell sources(Subnet subnet, LinkKind kind) {
		Map<Element, Integer> devices = network.portSources(subnet).getOrDefault(kind, Map.of());
		if (devices.isEmpty()) {
			return Cells.count(0);
		}
		List<String> parts = new ArrayList<>();
		devices.forEach((device, ports) -> parts.add(Cells.name(device) + " " + Quantities.number(ports)));
		return Cells.count(network.portsByKind(subnet).get(kind), String.join(", ", parts));
	}

	private Cell assigned(Subnet subnet) {
		List<String> switches = new ArrayList<>();
		subnet.getSwitches().stream().filter(DesignIndex::live).distinct().forEach(s -> switches.add(Cells.name(s)));
		subnet.getStorageSwitches().stream().filter(DesignIndex::live).distinct()
				.forEach(s -> switches.add(Cells.name(s) + " (storage switch)"));
		return Cells.items(switches, Cells.NOT_STATED);
	}

	/** Each assigned switch with its port count, the ports in use and left. */
	private Cell capacity(Subnet subnet) {
		List<String> items = new ArrayList<>();
		for (NetworkSwitch networkSwitch : subnet.getSwitches().stream().filter(DesignIndex::live).distinct()
				.toList()) {
			OptionalInt free = network.freePorts(networkSwitch);
			items.add(Cells.name(networkSwitch) + ": " + (free.isEmpty() ? "port count not stated"
					: Quantities.count(networkSwitch.getPortCount(), "port") + " ("
							+ Quantities.number(network.portsInUse(networkSwitch)) + " in use)"));
		}
		return Cells.items(items, "no switch assigned");
	}

	private Cell free(Subnet subnet) {
		OptionalInt free = network.freePorts(subnet);
		if (free.isPresent()) {
			return Cells.count(free.getAsInt());
		}
		return Cell.empty(subnet.getSwitches().stream().anyMatch(DesignIndex::live)
				? "an assigned switch states no port count" : "no switch assigned");
	}

	private static String plural(LinkKind kind) {
		return switch (kind) {
		case HOST -> "host adapter ports";
		case SERVER -> "management server interfaces";
		case MANAGEMENT_PORT -> "storage and switch management ports";
		case LOAD_BALANCER -> "load balancer interfaces";
		case FIREWALL -> "firewall interfaces";
		};
	}
}
