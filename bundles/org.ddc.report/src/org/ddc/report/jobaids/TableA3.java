package org.ddc.report.jobaids;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.ddc.analysis.DesignAnalysis;
import org.ddc.analysis.DesignIndex;
import org.ddc.analysis.Quantities;
import org.ddc.analysis.StorageLoad;
import org.ddc.analysis.network.HostAdapters;
import org.ddc.analysis.network.NetworkAnalysis;
import org.ddc.analysis.sizing.ClusterSizing;
import org.ddc.analysis.sizing.HostDesignSizing;
import org.ddc.analysis.sizing.HostSizing;
import org.ddc.analysis.sizing.SizingText;
import org.ddc.model.Feature;
import org.ddc.model.Hba;
import org.ddc.model.HbaPurpose;
import org.ddc.model.HostDesign;
import org.ddc.model.NetworkAdapter;
import org.ddc.model.NicPurpose;
import org.ddc.model.NicTeam;
import org.ddc.model.PortConnection;
import org.ddc.model.PowerSupplies;
import org.ddc.model.StorageSwitch;
import org.ddc.model.StorageSystem;
import org.ddc.model.StorageType;
import org.ddc.model.Subnet;
import org.ddc.model.WorkloadGroup;
import org.ddc.report.Cells;
import org.ddc.report.model.Cell;
import org.ddc.report.model.Row;
import org.ddc.report.model.Section;
import org.ddc.report.model.Table;

/**
 * Table A-3. Physical Hosts Design (guide L672): one column per host design, every row of the guide (quantity and
 * clusters, form factor, CPU, memory, power, network adapters, network access, teaming, storage systems and storage
 * connections), then what the analysis adds: the groups it runs, the hosts it needs and its fault-tolerant components.
 */
final class TableA3 {
	static final String STORAGE_CONNECTIONS = "Storage connections";
	static final String FAULT_TOLERANT_COMPONENTS = "Fault-tolerant components";

	private final DesignAnalysis analysis;
	private final List<HostDesign> hosts;

	private TableA3(DesignAnalysis analysis) {
		this.analysis = analysis;
		this.hosts = analysis.index().all(HostDesign.class);
	}

	static Section section(DesignAnalysis analysis) {
		return new Section("a-3", "Table A-3. Physical Hosts Design", List.of(new TableA3(analysis).table()));
	}

	private Table table() {
		List<String> columns = new ArrayList<>();
		columns.add("");
		hosts.forEach(h -> columns.add(Cells.name(h)));
		List<Row> rows = new ArrayList<>();
		rows.add(row("Quantity, if clustered at host level", null, this::quantity, Row.Kind.GUIDE));
		rows.add(row("Form factor", null, h -> h.isSetFormFactor() ? Cell.text(Hardware.capitalized(h.getFormFactor()
				.getLiteral())) : Cells.notStated(), Row.Kind.GUIDE));
		rows.add(row("CPU", null, h -> h.getCpu() == null ? Cells.notStated() : Cell.text(Hardware.cpu(h.getCpu())),
				Row.Kind.GUIDE));
		rows.add(row("Memory", "GB", h -> h.getMemory() == null ? Cells.notStated() : Cells.size(h.getMemory().base()),
				Row.Kind.GUIDE));
		rows.add(row("Power supplies", null, TableA3::powerSupplies, Row.Kind.GUIDE));
		rows.add(row("Network adapters", null, TableA3::adapters, Row.Kind.GUIDE));
		rows.add(row("Network access available", null, TableA3::networkAccess, Row.Kind.GUIDE));
		rows.add(row("Network teaming", null, TableA3::teaming, Row.Kind.GUIDE));
		rows.add(row("Storage systems", null, h -> Cells.items(h.getStorageSystems().stream().filter(DesignIndex::live)
				.map(Cells::name).toList(), Cells.NOT_STATED), Row.Kind.GUIDE));
		rows.add(row(STORAGE_CONNECTIONS, null, TableA3::storageConnections, Row.Kind.GUIDE));
		rows.add(row("Workload groups", null, this::groups, Row.Kind.DERIVED));
		rows.add(row("Hosts needed (peak buffer, growth and N+k)", null, this::needed, Row.Kind.DERIVED));
		rows.add(row(FAULT_TOLERANT_COMPONENTS, null, this::faultTolerantComponents, Row.Kind.DERIVED));
		List<String> notes = new ArrayList<>();
		notes.add("Row labels are the guide's, verbatim (L678–L723); the guide's \"Network adapters \" (L703) ends with "
				+ "a space, left out here. One column per host design (the guide's \"Host #1\" … \"Host #3\"), each "
				+ "deployed in its quantity.");
		notes.add("Quantity: the guide fills the row for host-level clustered designs only (sample \"Not applicable\", "
				+ "L680); ddc gives every host design's hosts and, when they form clusters, each cluster with its N+k.");
		notes.add("The network and storage rows describe one host; every host of a design is connected alike "
				+ "(Step 2 Task 3, L186; Step 4 Tasks 2–3, L414, L426). Table A-5 counts the switch ports of all of them.");
		notes.add(FAULT_TOLERANT_COMPONENTS + ": what each host carries for component-level fault tolerance (L65) — the"
				+ " cost drivers the guide asks to weigh over the whole datacenter (L67, L148).");
		if (hosts.isEmpty()) {
			notes.add("The design declares no host design.");
		}
		Table table = new Table("A-3", "Table A-3. Physical Hosts Design",
				"Dynamic Datacenter guide, Appendix A, Table A-3 (L671–L725); filled in Step 2, Tasks 2–3 and Step 4, "
						+ "Tasks 1–3",
				columns, null, rows, notes);
		return table;
	}

	private Row row(String label, String unit, Function<HostDesign, Cell> cell, Row.Kind kind) {
		return Columns.row(label, unit, kind, hosts, cell);
	}

	private Cell quantity(HostDesign host) {
		HostDesignSizing sizing = analysis.hosts().of(host);
		int quantity = sizing != null ? sizing.quantity() : Math.max(0, host.getQuantity());
		if (sizing == null || !sizing.planned()) {
			return Cells.count(quantity, sizing == null ? null : "clusters not formed: " + sizing.notPlanned());
		}
		if (sizing.clustering() == HostDesignSizing.Clustering.NONE) {
			return Cell.number(quantity, null, "Not applicable (" + Quantities.count(quantity, "host")
					+ ", not clustered)");
		}
		List<String> clusters = new ArrayList<>();
		for (ClusterSizing cluster : sizing.clusters()) {
			clusters.add(cluster.name() + ": " + Quantities.count(cluster.hosts().size(), "host") + ", "
					+ SizingText.reserve(cluster));
		}
		return Cells.count(quantity, String.join("; ", clusters));
	}

	private static Cell powerSupplies(HostDesign host) {
		PowerSupplies supplies = host.getPowerSupplies();
		if (supplies == null) {
			return Cells.notStated();
		}
		String feeds = supplies.getFeeds().stream().filter(DesignIndex::live).map(f -> Cells.name(f)).distinct()
				.reduce((a, b) -> a + ", " + b).map(f -> "; feeds " + f).orElse("");
		String count = Quantities.count(supplies.getCount(), "supply", "supplies");
		if (supplies.isRedundant()) {
			return Cell.text("Redundant (" + count + feeds + ")");
		}
		return Cell.text(supplies.getCount() >= 2 ? count + ", redundancy not stated" + feeds
				: "Not redundant (" + count + feeds + ")");
	}

	/** "2 × 4 ports (8 ports)": adapters by their port count, as the guide's sample "2x 4 ports" (L704). */
	private static Cell adapters(HostDesign host) {
		if (host.getAdapters().isEmpty()) {
			return Cells.notStated();
		}
		Map<Integer, Integer> byPorts = new LinkedHashMap<>();
		for (NetworkAdapter adapter : host.getAdapters()) {
			byPorts.merge(Math.max(0, adapter.getPortCount()), 1, Integer::sum);
		}
		List<String> parts = new ArrayList<>();
		byPorts.forEach((count, adapters) -> parts.add(adapters + " × " + Quantities.count(count, "port")));
		return Cell.number(host.getAdapters().size(), null, String.join(" + ", parts) + " ("
				+ Quantities.count(HostAdapters.ports(host), "port") + ")");
	}

	/**
	 * The subnets a host's ports are connected on, with how many ports each ("2 ports on Subnet 192.168.4.x", L709),
	 * its purpose, and adapters that state purposes but no connection.
	 */
	private static Cell networkAccess(HostDesign host) {
		Map<Subnet, Set<String>> purposes = new LinkedHashMap<>();
		List<String> items = new ArrayList<>();
		for (NetworkAdapter adapter : host.getAdapters()) {
			if (adapter.getPorts().isEmpty() && !adapter.getPurposes().isEmpty()) {
				items.add(Cells.name(adapter.getName()) + ": " + purposes(adapter.getPurposes())
						+ " (no port connection stated)");
			}
			for (PortConnection port : adapter.getPorts()) {
				List<Subnet> subnets = NetworkAnalysis.subnets(port);
				if (subnets.isEmpty()) {
					items.add("1 port of " + Cells.name(adapter.getName()) + " on no stated subnet");
				}
				for (Subnet subnet : subnets) {
					Set<String> words = purposes.computeIfAbsent(subnet, s -> new LinkedHashSet<>());
					if (Hardware.purpose(subnet) != null) {
						words.add(Hardware.purpose(subnet));
					} else {
						adapter.getPurposes().forEach(p -> words.add(Hardware.words(p.getLiteral())));
					}
				}
			}
		}
		List<String> access = new ArrayList<>();
		HostAdapters.portsBySubnet(host).forEach((subnet, count) -> access.add(Quantities.count(count, "port") + " on "
				+ Cells.subnet(subnet) + (purposes.get(subnet).isEmpty() ? "" : ": " + String.join(", ",
						purposes.get(subnet)))));
		access.addAll(items);
		return Cells.items(access, Cells.NOT_STATED);
	}

	private static String purposes(List<NicPurpose> purposes) {
		return String.join(", ", purposes.stream().map(p -> Hardware.words(p.getLiteral())).toList());
	}

	/** Each team: its member adapters with the switches their ports go to, and the subnets the team carries. */
	private static Cell teaming(HostDesign host) {
		if (host.getTeams().isEmpty()) {
			return Cell.text("None");
		}
		List<String> teams = new ArrayList<>();
		for (NicTeam team : host.getTeams()) {
			List<String> members = new ArrayList<>();
			Set<String> subnets = new LinkedHashSet<>();
			for (NetworkAdapter member : team.getMembers()) {
				if (!DesignIndex.live(member)) {
					continue;
				}
				Set<String> switches = new LinkedHashSet<>();
				for (PortConnection port : member.getPorts()) {
					if (DesignIndex.live(port.getSwitch())) {
						switches.add(Cells.name(port.getSwitch()));
					}
					port.getSubnets().stream().filter(DesignIndex::live).forEach(s -> subnets.add(Cells.subnet(s)));
				}
				members.add(Cells.name(member.getName())
						+ (switches.isEmpty() ? "" : " (" + String.join(", ", switches) + ")"));
			}
			teams.add(Cells.name(team.getName()) + ": " + String.join(", ", members)
					+ (team.isSetMode() ? "; " + Hardware.words(team.getMode().getLiteral()) : "")
					+ (subnets.isEmpty() ? "" : "; for " + String.join(", ", subnets)));
		}
		return Cell.items(teams);
	}

	/**
	 * One item per storage switch: the HBAs and iSCSI adapter ports connected to it ("4 HBAs connected to
	 * SAN-DDC-SW1", L724), with its ports from the storage analysis; HBAs that name no switch.
	 */
	private static Cell storageConnections(HostDesign host) {
		Map<StorageSwitch, Integer> ports = StorageLoad.storageConnections(host, false);
		List<String> items = new ArrayList<>();
		for (Map.Entry<StorageSwitch, Integer> entry : ports.entrySet()) {
			StorageSwitch storageSwitch = entry.getKey();
			List<Hba> hbas = host.getHbas().stream().filter(h -> h.getStorageSwitch() == storageSwitch).toList();
			long adapterPorts = host.getAdapters().stream().flatMap(a -> a.getPorts().stream())
					.filter(p -> p.getStorageSwitch() == storageSwitch).count();
			List<String> what = new ArrayList<>();
			if (!hbas.isEmpty()) {
				what.add(Quantities.count(hbas.size(), "HBA"));
			}
			if (adapterPorts > 0) {
				what.add(Quantities.count(adapterPorts, "adapter port"));
			}
			Set<String> details = new LinkedHashSet<>();
			details.add(Quantities.count(entry.getValue(), "port"));
			hbas.stream().filter(h -> h.getKind() != null).forEach(h -> details.add(kind(h)));
			hbas.stream().filter(h -> DesignIndex.live(h.getSubnet())).forEach(h -> details.add("subnet "
					+ Cells.subnet(h.getSubnet())));
			long boot = hbas.stream().filter(h -> h.isSetPurpose() && h.getPurpose() == HbaPurpose.BOOT_FROM_SAN)
					.count();
			if (boot > 0) {
				details.add(boot + " for boot from SAN");
			}
			items.add(String.join(" and ", what) + " connected to " + Cells.name(storageSwitch) + " ("
					+ String.join(", ", details) + ")");
		}
		host.getHbas().stream().filter(h -> !DesignIndex.live(h.getStorageSwitch()))
				.forEach(h -> items.add(Cells.name(h.getName()) + ": connected to no declared storage switch"));
		if (items.isEmpty()) {
			List<StorageSystem> systems = host.getStorageSystems().stream().filter(DesignIndex::live).toList();
			if (!systems.isEmpty() && systems.stream().allMatch(s -> s.isSetType() && s.getType() == StorageType.DAS)) {
				return Cell.text("None (direct-attached storage)");
			}
			return Cells.notStated();
		}
		return Cell.items(items);
	}

	private static String kind(Hba hba) {
		return switch (hba.getKind()) {
		case FIBRE_CHANNEL -> "Fibre Channel";
		case ISCSI -> "iSCSI";
		case SAS -> "SAS";
		};
	}

	private Cell groups(HostDesign host) {
		List<String> groups = analysis.index().all(WorkloadGroup.class).stream()
				.filter(g -> HostSizing.hostDesignOf(g) == host).map(Cells::name).toList();
		return Cells.items(groups, "no workload group runs on it");
	}

	private Cell needed(HostDesign host) {
		HostDesignSizing sizing = analysis.hosts().of(host);
		if (sizing == null || !sizing.planned()) {
			return Cell.empty(sizing == null ? "not sized" : "not sized: " + sizing.notPlanned());
		}
		String verdict = SizingText.verdict(sizing);
		return sizing.quantityNeeded().isPresent() ? Cells.count(sizing.quantityNeeded().getAsInt(), verdict)
				: Cell.text(verdict);
	}

	/** Redundant power supplies and the fault-tolerance features the host design states (L65, L148). */
	private Cell faultTolerantComponents(HostDesign host) {
		List<String> components = new ArrayList<>();
		if (host.getPowerSupplies() != null && host.getPowerSupplies().isRedundant()) {
			components.add("redundant power supplies");
		}
		for (Feature feature : List.of(Feature.REDUNDANT_FANS, Feature.ECC_MEMORY, Feature.BATTERY_BACKUP,
				Feature.HOT_SWAP_DISKS)) {
			if (host.getFeatures().contains(feature)) {
				components.add(Hardware.words(feature.getLiteral()));
			}
		}
		if (components.isEmpty()) {
			return Cell.text("None stated");
		}
		HostDesignSizing sizing = analysis.hosts().of(host);
		int quantity = sizing != null ? sizing.quantity() : Math.max(0, host.getQuantity());
		return Cell.text(String.join(", ", components) + " — on each of " + Quantities.count(quantity, "host"));
	}
}
