package org.ddc.diagram.storage;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ddc.analysis.DesignAnalysis;
import org.ddc.analysis.DesignIndex;
import org.ddc.analysis.Quantities;
import org.ddc.analysis.StorageFabric;
import org.ddc.analysis.StorageLoad;
import org.ddc.analysis.sizing.ClusterSizing;
import org.ddc.analysis.sizing.HostDesignSizing;
import org.ddc.diagram.DiagramInput;
import org.ddc.diagram.model.Mark;
import org.ddc.diagram.model.Role;
import org.ddc.diagram.model.TextFit;
import org.ddc.diagram.overlay.Overlays;
import org.ddc.diagram.overlay.Sources;
import org.ddc.model.Hba;
import org.ddc.model.HostDesign;
import org.ddc.model.NetworkAdapter;
import org.ddc.model.NetworkSwitch;
import org.ddc.model.NicPurpose;
import org.ddc.model.PortConnection;
import org.ddc.model.StorageProcessor;
import org.ddc.model.StorageProtocol;
import org.ddc.model.StorageSwitch;
import org.ddc.model.StorageSystem;
import org.ddc.model.StorageType;
import org.ddc.model.SwitchProtocol;
import org.ddc.model.units.DataRate;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.eclipse.emf.ecore.EObject;

/**
 * What the storage diagram shows, as an ELK graph with what each node and edge stands for: one box per host design
 * (every host of a design has the same HBAs and paths) holding its HBAs and iSCSI adapters; the storage switches (and
 * network switches iSCSI adapters use); each storage system holding its storage processors. Edges: adapter → switch,
 * switch → processor, coloured by the switch's fabric side; host design → storage system for direct-attached
 * storage, file shares over the network and storage named without any declared path. Every figure is read from the
 * design's analysis.
 */
final class StorageGraph {

	/** A line of a container's header. */
	record Text(String text, boolean bold, String colour) {
	}

	/** A box: a leaf with its lines, or a container with a header above its children. */
	record Node(ElkNode elk, String id, Role role, List<String> lines, List<Text> header, String tooltip, Mark mark,
			EObject element) {
	}

	/** An edge and what it stands for; {@code label} is drawn beside it (may be empty). */
	record Path(ElkEdge elk, String id, PathKind kind, String tooltip, Mark mark, ElkLabel label) {
	}

	static final double TEXT = 11;
	static final double LINE = 13;
	static final double HEADER_LINE = 14;
	static final double LABEL_SIZE = 10;
	private static final double LEAF_MIN = 120;
	private static final double LEAF_MAX = 210;
	private static final double CONTAINER_MIN = 170;
	private static final double CONTAINER_MAX = 260;
	private static final int PATH_LINES = 3;
	private static final String RED = "#cc0000";
	private static final String DARK = "#222222";
	private static final String GREY = "#555555";

	final ElkNode root = ElkGraphUtil.createGraph();
	final List<Node> nodes = new ArrayList<>();
	final List<Path> paths = new ArrayList<>();
	final Set<Role> roles = EnumSet.noneOf(Role.class);
	final List<String> notes = new ArrayList<>();
	/** The host designs with fewer than two paths to a SAN they use, with the count: "H (1 path to SAN-1)". */
	final List<String> singlePathed = new ArrayList<>();

	private final DesignAnalysis analysis;
	private final StorageFabric fabric;
	private final StorageLoad load;
	private final Overlays overlays;
	private final Map<EObject, Node> byElement = new IdentityHashMap<>();
	private final Set<String> ids = new HashSet<>();

	private StorageGraph(DiagramInput input) {
		this.analysis = input.analysis();
		this.fabric = analysis.fabric();
		this.load = analysis.storage();
		this.overlays = input.overlays();
	}

	/** The graph of a design, not yet laid out. */
	static StorageGraph of(DiagramInput input) {
		StorageGraph graph = new StorageGraph(input);
		DesignIndex index = graph.analysis.index();
		List<HostDesign> drawn = new ArrayList<>();
		List<String> left = new ArrayList<>();
		for (HostDesign host : index.all(HostDesign.class)) {
			if (hasStorage(host)) {
				drawn.add(host);
				graph.hostDesign(host);
			} else {
				left.add(host.getName());
			}
		}
		index.all(StorageSwitch.class).forEach(graph::storageSwitch);
		index.all(StorageSystem.class).forEach(graph::storageSystem);
		drawn.forEach(graph::hostPaths);
		index.all(StorageSystem.class).forEach(graph::processorPaths);
		if (!drawn.isEmpty()) {
			graph.notes.add("One box per host design: all its hosts have the same HBAs, iSCSI adapters and paths; a "
					+ "path's tooltip counts the switch ports it takes for all of them.");
		}
		if (!graph.singlePathed.isEmpty()) {
			graph.notes.add("Fewer than two paths to a SAN (red in the host design's box), so no multipath I/O: "
					+ names(graph.singlePathed) + ".");
		}
		if (!left.isEmpty()) {
			graph.notes.add("Not drawn, no HBA, iSCSI adapter or storage system: " + names(left) + ".");
		}
		return graph;
	}

	boolean isEmpty() {
		return nodes.isEmpty();
	}

	/** Whether a host design has anything the storage diagram shows. */
	private static boolean hasStorage(HostDesign host) {
		return !host.getHbas().isEmpty() || host.getAdapters().stream().anyMatch(StorageGraph::isStorageAdapter)
				|| host.getStorageSystems().stream().anyMatch(DesignIndex::live);
	}

	/** An adapter for iSCSI: purpose iscsi, or a port on a storage switch. */
	private static boolean isStorageAdapter(NetworkAdapter adapter) {
		return adapter.getPurposes().contains(NicPurpose.ISCSI)
				|| adapter.getPorts().stream().anyMatch(p -> DesignIndex.live(p.getStorageSwitch()));
	}

	// ------------------------------------------------------------------ nodes

	private void hostDesign(HostDesign host) {
		HostDesignSizing sizing = analysis.hosts().of(host);
		List<String> instances = new ArrayList<>();
		List<String> clusters = new ArrayList<>();
		if (sizing != null) {
			for (ClusterSizing cluster : sizing.clusters()) {
				instances.addAll(cluster.hosts());
				clusters.add(cluster.declared() != null ? cluster.name() : "");
			}
		}
		int quantity = sizing != null ? sizing.quantity() : Math.max(0, host.getQuantity());
		List<Text> header = new ArrayList<>();
		header.add(new Text(host.getName(), true, DARK));
		String hosts = Quantities.count(quantity, "host");
		String clustered = clusters.size() > 1 ? Quantities.count(clusters.size(), "cluster")
				: clusters.isEmpty() || clusters.get(0).isEmpty() ? "" : clusters.get(0);
		header.add(new Text(clustered.isEmpty() ? hosts : hosts + " · " + clustered, false, GREY));
		List<String> tooltip = new ArrayList<>();
		tooltip.add("host design " + host.getName() + ": " + hosts + (clustered.isEmpty() ? "" : " in " + clustered));
		int pathLines = 0;
		for (StorageSystem storage : new LinkedHashSet<>(host.getStorageSystems())) {
			if (!DesignIndex.live(storage) || !multipathMatters(storage)) {
				continue;
			}
			int count = fabric.paths(host, storage).size();
			String text = Quantities.count(count, "path") + " to " + storage.getName();
			tooltip.add(text + (count < 2 ? " (single-pathed)" : ""));
			if (count < 2) {
				singlePathed.add(host.getName() + " (" + text + ")");
			}
			if (pathLines++ < PATH_LINES) {
				header.add(new Text(text, count < 2, count < 2 ? RED : GREY));
			}
		}
		if (pathLines > PATH_LINES) {
			header.add(new Text("and " + (pathLines - PATH_LINES) + " more storage systems", false, GREY));
		}
		Mark mark = merge(overlays.mark(host), overlays.hosts(instances));
		Node node = container(root, "host-design:" + host.getName(), Role.HOST, header, String.join("\n", tooltip),
				mark, host);
		for (Hba hba : host.getHbas()) {
			String kind = hba.getKind() == null ? "HBA" : switch (hba.getKind()) {
			case FIBRE_CHANNEL -> "FC";
			case ISCSI -> "iSCSI";
			case SAS -> "SAS";
			};
			int ports = Math.max(1, hba.getPortCount());
			String detail = kind + " · " + ports(ports, hba.getSpeed()) + (StorageLoad.carriesData(hba) ? "" : " · boot");
			leaf(node.elk(), "hba:" + host.getName() + "/" + hba.getName(), Role.ADAPTER,
					List.of(hba.getName(), detail),
					"HBA " + hba.getName() + " of host design " + host.getName() + ": " + kind + ", "
							+ Quantities.count(ports, "port") + ", " + speed(hba.getSpeed())
							+ (hba.isSetPurpose() ? ", " + hba.getPurpose().getLiteral() : "")
							+ (DesignIndex.live(hba.getSubnet()) ? ", subnet " + hba.getSubnet().getName() : ""),
					overlays.mark(hba), hba);
		}
		for (NetworkAdapter adapter : host.getAdapters()) {
			if (isStorageAdapter(adapter)) {
				int ports = Math.max(1, adapter.getPortCount());
				leaf(node.elk(), "adapter:" + host.getName() + "/" + adapter.getName(), Role.ADAPTER,
						List.of(adapter.getName(), "iSCSI NIC · " + ports(ports, adapter.getSpeed())),
						"network adapter " + adapter.getName() + " of host design " + host.getName() + " for iSCSI: "
								+ Quantities.count(ports, "port") + ", " + speed(adapter.getSpeed()),
						overlays.mark(adapter), adapter);
			}
		}
	}

	/** Storage whose paths the diagram counts: outside the host, block storage (a SAN). */
	private boolean multipathMatters(StorageSystem storage) {
		return fabric.external(storage) && !StorageLoad.isFileStorage(storage);
	}

	private void storageSwitch(StorageSwitch storageSwitch) {
		StorageFabric.Side side = fabric.side(storageSwitch);
		String protocol = !storageSwitch.isSetProtocol() ? ""
				: storageSwitch.getProtocol() == SwitchProtocol.FIBRE_CHANNEL ? "FC" : "Ethernet";
		String second = PathKind.describe(side) + (protocol.isEmpty() ? "" : " · " + protocol);
		List<String> size = new ArrayList<>();
		if (storageSwitch.isSetPortCount()) {
			size.add(Quantities.count(storageSwitch.getPortCount(), "port"));
		}
		if (storageSwitch.getSpeed() != null) {
			size.add(Quantities.rate(storageSwitch.getSpeed().mbps()));
		}
		String third = String.join(" · ", size);
		List<String> tooltip = new ArrayList<>();
		tooltip.add("storage switch " + storageSwitch.getName() + ": " + PathKind.describe(side)
				+ (DesignIndex.live(storageSwitch.getPartner()) ? " (partner " + storageSwitch.getPartner().getName()
						+ ")" : ""));
		tooltip.add(Quantities.count(fabric.processorLinks(storageSwitch), "storage-processor port")
				+ "; peak storage traffic " + Quantities.rate(load.switchMbps(storageSwitch)) + " (before growth)");
		leaf(root, "storage-switch:" + storageSwitch.getName(), Role.STORAGE_SWITCH,
				third.isEmpty() ? List.of(storageSwitch.getName(), second) : List.of(storageSwitch.getName(), second, third),
				String.join("\n", tooltip),
				overlays.mark(storageSwitch), storageSwitch);
	}

	private Node networkSwitch(NetworkSwitch networkSwitch) {
		Node node = byElement.get(networkSwitch);
		if (node == null) {
			node = leaf(root, "switch:" + networkSwitch.getName(), Role.SWITCH,
					List.of(networkSwitch.getName(), "network switch"),
					"network switch " + networkSwitch.getName() + ", carrying iSCSI of host adapters",
					overlays.mark(networkSwitch), networkSwitch);
		}
		return node;
	}

	private void storageSystem(StorageSystem storage) {
		List<Text> header = new ArrayList<>();
		header.add(new Text(storage.getName(), true, DARK));
		List<String> kind = new ArrayList<>();
		if (storage.isSetType()) {
			kind.add(storage.getType().getLiteral().toUpperCase(java.util.Locale.ROOT));
		}
		if (storage.isSetProtocol()) {
			kind.add(protocol(storage.getProtocol()));
		}
		if (!StorageLoad.isFileStorage(storage) && storage.isSetType() && storage.getType() != StorageType.DAS) {
			kind.add(storage.isSetMultipath() && storage.isMultipath() ? "multipath" : "no multipath");
		}
		if (!kind.isEmpty()) {
			header.add(new Text(String.join(" · ", kind), false, GREY));
		}
		StorageLoad.Load demand = load.of(storage);
		int copies = load.copies(storage);
		if (copies > 1) {
			header.add(new Text("one per host: " + copies, false, GREY));
		}
		if (demand.vmDataMb() > 0 || demand.iops() > 0) {
			header.add(new Text("VMs " + Quantities.size(demand.vmDataMb()) + " · " + Quantities.iops(demand.iops()),
					false, GREY));
		}
		if (demand.backupMb() > 0) {
			header.add(new Text("backups " + Quantities.size(demand.backupMb()), false, GREY));
		}
		List<String> tooltip = new ArrayList<>();
		tooltip.add("storage system " + storage.getName() + (kind.isEmpty() ? "" : ": " + String.join(", ", kind)));
		tooltip.add("usable " + Quantities.size(load.usableMb(storage)) + "; demand before growth: VMs "
				+ Quantities.size(demand.vmDataMb()) + ", " + Quantities.iops(demand.iops()) + ", backups "
				+ Quantities.size(demand.backupMb()));
		if (!demand.hostDesigns().isEmpty()) {
			tooltip.add("used by " + names(demand.hostDesigns().stream().map(HostDesign::getName).toList()));
		}
		Mark mark = overlays.mark(storage);
		if (storage.getProcessors().isEmpty()) {
			List<String> lines = header.stream().map(Text::text).toList();
			leaf(root, "storage-system:" + storage.getName(), Role.STORAGE_SYSTEM, lines, String.join("\n", tooltip),
					mark, storage);
			return;
		}
		Node node = container(root, "storage-system:" + storage.getName(), Role.STORAGE_SYSTEM, header,
				String.join("\n", tooltip), mark, storage);
		for (StorageProcessor processor : storage.getProcessors()) {
			List<String> switches = new LinkedHashSet<>(processor.getSwitches()).stream().filter(DesignIndex::live)
					.map(StorageSwitch::getName).toList();
			leaf(node.elk(), "processor:" + storage.getName() + "/" + processor.getName(), Role.STORAGE_PROCESSOR,
					List.of(processor.getName()),
					"storage processor " + processor.getName() + " of " + storage.getName() + ": "
							+ (switches.isEmpty() ? "on no storage switch" : "on " + String.join(", ", switches)),
					overlays.mark(processor), processor);
		}
	}

	// ------------------------------------------------------------------ edges

	private void hostPaths(HostDesign host) {
		int quantity = Math.max(0, host.getQuantity());
		for (Hba hba : host.getHbas()) {
			if (DesignIndex.live(hba.getStorageSwitch())) {
				int ports = Math.max(1, hba.getPortCount());
				StorageSwitch to = hba.getStorageSwitch();
				path(byElement.get(hba), byElement.get(to), PathKind.of(fabric.side(to)),
						host.getName() + " " + hba.getName() + " → " + to.getName() + " ("
								+ PathKind.describe(fabric.side(to)) + "): " + ports(quantity, ports),
						"");
			}
		}
		for (NetworkAdapter adapter : host.getAdapters()) {
			Node from = byElement.get(adapter);
			if (from == null) {
				continue;
			}
			for (PortConnection port : adapter.getPorts()) {
				String what = host.getName() + " " + adapter.getName() + " port " + port.getIndex() + " → ";
				if (DesignIndex.live(port.getStorageSwitch())) {
					StorageSwitch to = port.getStorageSwitch();
					path(from, byElement.get(to), PathKind.of(fabric.side(to)), what + to.getName() + " ("
							+ PathKind.describe(fabric.side(to)) + "): " + ports(quantity, 1), "");
				} else if (DesignIndex.live(port.getSwitch())) {
					path(from, networkSwitch(port.getSwitch()), PathKind.NETWORK,
							what + port.getSwitch().getName() + " (network switch): " + ports(quantity, 1), "");
				}
			}
		}
		Node hostNode = byElement.get(host);
		for (StorageSystem storage : new LinkedHashSet<>(host.getStorageSystems())) {
			if (!DesignIndex.live(storage)) {
				continue;
			}
			Node to = byElement.get(storage);
			String what = host.getName() + " → " + storage.getName() + ": ";
			if (storage.isSetType() && storage.getType() == StorageType.DAS) {
				path(hostNode, to, PathKind.DIRECT, what + "direct-attached, one per host", "direct-attached");
			} else if (StorageLoad.isFileStorage(storage)) {
				String protocol = storage.isSetProtocol() ? protocol(storage.getProtocol()) : "file share";
				path(hostNode, to, PathKind.FILE_SHARE, what + protocol + " over the network (no storage switch)",
						protocol + " over the network");
			} else if (fabric.paths(host, storage).isEmpty()) {
				path(hostNode, to, PathKind.NO_PATH, what + "named as its storage, but no HBA or iSCSI adapter "
						+ "reaches a switch of its storage processors", "no path declared");
			}
		}
	}

	private void processorPaths(StorageSystem storage) {
		for (StorageProcessor processor : storage.getProcessors()) {
			for (StorageSwitch from : new LinkedHashSet<>(processor.getSwitches())) {
				if (DesignIndex.live(from)) {
					path(byElement.get(from), byElement.get(processor), PathKind.of(fabric.side(from)),
							from.getName() + " → " + storage.getName() + " " + processor.getName() + " ("
									+ PathKind.describe(fabric.side(from)) + ")",
							"");
				}
			}
		}
	}

	private static String ports(int hosts, int ports) {
		return Quantities.count((long) hosts * ports, "switch port") + " (" + Quantities.count(hosts, "host") + " × "
				+ ports + ")";
	}

	private void path(Node from, Node to, PathKind kind, String tooltip, String label) {
		if (from == null || to == null) {
			return;
		}
		ElkEdge edge = ElkGraphUtil.createSimpleEdge(from.elk(), to.elk());
		ElkLabel elkLabel = null;
		if (!label.isEmpty()) {
			elkLabel = ElkGraphUtil.createLabel(label, edge);
			elkLabel.setDimensions(TextFit.width(label, LABEL_SIZE) + 4, LABEL_SIZE + 4);
		}
		boolean lost = from.mark().failure() == Mark.Failure.FAILED || to.mark().failure() == Mark.Failure.FAILED;
		Mark mark = lost ? new Mark(null, List.of(), false, Mark.Failure.FAILED, List.of("path lost (what-if)"))
				: Mark.NONE;
		paths.add(new Path(edge, unique("path:" + from.id() + "->" + to.id()), kind, tooltip, mark, elkLabel));
	}

	// ------------------------------------------------------------------ boxes

	private Node leaf(ElkNode parent, String id, Role role, List<String> lines, String tooltip, Mark mark,
			EObject element) {
		double width = LEAF_MIN;
		for (String line : lines) {
			width = Math.max(width, TextFit.width(line, TEXT) + 16);
		}
		width = Math.min(width, LEAF_MAX);
		List<String> fitted = new ArrayList<>();
		for (String line : lines) {
			fitted.add(TextFit.fit(line, width - 10, TEXT));
		}
		ElkNode elk = ElkGraphUtil.createNode(parent);
		elk.setDimensions(width, 10 + LINE * lines.size());
		return add(new Node(elk, unique(id), role, fitted, List.of(), tooltip, mark, element));
	}

	private Node container(ElkNode parent, String id, Role role, List<Text> header, String tooltip, Mark mark,
			EObject element) {
		double width = CONTAINER_MIN;
		for (Text text : header) {
			width = Math.max(width, TextFit.width(text.text(), TEXT) * (text.bold() ? 1.1 : 1) + 26);
		}
		width = Math.min(width, CONTAINER_MAX);
		List<Text> fitted = new ArrayList<>();
		for (Text text : header) {
			fitted.add(new Text(TextFit.fit(text.text(), (width - 18) / (text.bold() ? 1.1 : 1), TEXT), text.bold(),
					text.colour()));
		}
		double top = 14 + HEADER_LINE * header.size();
		ElkNode elk = ElkGraphUtil.createNode(parent);
		elk.setProperty(CoreOptions.PADDING, new ElkPadding(top, 12, 10, 12));
		elk.setProperty(CoreOptions.SPACING_NODE_NODE, 10.0);
		elk.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
		elk.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(width, top + 12));
		elk.setDimensions(width, top + 12);
		return add(new Node(elk, unique(id), role, List.of(), fitted, tooltip, mark, element));
	}

	private Node add(Node node) {
		nodes.add(node);
		roles.add(node.role());
		byElement.putIfAbsent(node.element(), node);
		return node;
	}

	/** The id, or the id with "~2", "~3" … when a broken design has two elements of one name. */
	private String unique(String id) {
		String unique = id;
		for (int i = 2; !ids.add(unique); i++) {
			unique = id + "~" + i;
		}
		return unique;
	}

	private static Mark merge(Mark design, Mark hosts) {
		if (!hosts.any()) {
			return design;
		}
		List<String> notes = new ArrayList<>(design.notes());
		notes.addAll(hosts.notes());
		return new Mark(design.severity(), design.rules(), design.spof(),
				design.failure() != Mark.Failure.NONE ? design.failure() : hosts.failure(), notes);
	}

	/** "Fibre Channel", "iSCSI", "SMB", … */
	private static String protocol(StorageProtocol protocol) {
		return switch (protocol) {
		case FIBRE_CHANNEL -> "Fibre Channel";
		case ISCSI -> "iSCSI";
		case FIREWIRE -> "FireWire";
		default -> protocol.getLiteral().toUpperCase(java.util.Locale.ROOT);
		};
	}

	/** "2 × 16 Gbps", or "2 ports" without a speed. */
	private static String ports(int ports, DataRate speed) {
		return speed == null ? Quantities.count(ports, "port") : ports + " × " + Quantities.rate(speed.mbps());
	}

	private static String speed(DataRate speed) {
		return speed == null ? "speed not declared" : Quantities.rate(speed.mbps());
	}

	private static String names(List<String> names) {
		return names.size() <= 4 ? String.join(", ", names)
				: String.join(", ", names.subList(0, 4)) + " and " + (names.size() - 4) + " more";
	}
}
