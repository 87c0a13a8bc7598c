package org.ddc.diagram.network;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.ddc.analysis.DesignAnalysis;
import org.ddc.analysis.DesignIndex;
import org.ddc.analysis.Quantities;
import org.ddc.analysis.network.Link;
import org.ddc.analysis.network.LinkKind;
import org.ddc.analysis.network.NetworkAnalysis;
import org.ddc.diagram.DiagramInput;
import org.ddc.diagram.DiagramKind;
import org.ddc.diagram.layout.ElkLayered;
import org.ddc.diagram.model.Box;
import org.ddc.diagram.model.Diagram;
import org.ddc.diagram.model.Edge;
import org.ddc.diagram.model.Label;
import org.ddc.diagram.model.LegendEntry;
import org.ddc.diagram.model.Mark;
import org.ddc.diagram.model.Mark.Failure;
import org.ddc.diagram.model.Point;
import org.ddc.diagram.model.Role;
import org.ddc.diagram.model.Shape;
import org.ddc.diagram.model.Source;
import org.ddc.diagram.model.TextFit;
import org.ddc.diagram.overlay.Overlays;
import org.ddc.model.Device;
import org.ddc.model.Element;
import org.ddc.model.Firewall;
import org.ddc.model.HostDesign;
import org.ddc.model.LoadBalancer;
import org.ddc.model.ManagementServer;
import org.ddc.model.NetworkAdapter;
import org.ddc.model.NetworkSwitch;
import org.ddc.model.NicTeam;
import org.ddc.model.PortConnection;
import org.ddc.model.ServerPlacement;
import org.ddc.model.StorageSwitch;
import org.ddc.model.StorageSystem;
import org.ddc.model.Subnet;
import org.ddc.model.Uplink;
import org.ddc.model.units.DataRate;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.graph.ElkConnectableShape;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.eclipse.emf.ecore.EObject;

/** One drawing of the network diagram: the ELK graph built from the design, laid out, then read into shapes. */
final class NetworkDrawing {

	static final double HOST_WIDTH = 230;
	static final double DEVICE_WIDTH = 200;
	static final double DEVICE_HEIGHT = 44;
	static final double ROW = 17;
	static final double TEAM_HEADER = 15;
	static final double FRAME_TOP = 24;
	static final double FRAME_SIDE = 10;
	static final double TITLE_SIZE = 11;
	static final double SMALL_SIZE = 9.5;
	static final double LINK_WIDTH = 1.6;
	static final double TRUNK_WIDTH = 2.6;
	static final double UPLINK_WIDTH = 3;
	private static final double NODE_SPACING = 18;
	private static final double PORT_SPACING = 5;
	private static final double LAYER_SPACING = 70;

	/** A box inside a node, relative to the node's corner; its label, if any, is a small heading at its top. */
	private record Inner(String id, Role role, double x, double y, double width, double height, List<String> lines,
			String tooltip, Mark mark, Source source, String heading) {
	}

	/** A node or frame to draw once laid out. */
	private record Node(ElkNode elk, String id, Role role, List<String> lines, List<String> headings, String tooltip,
			Mark mark, Source source, boolean frame, List<Inner> inners) {
	}

	/** A line to draw once routed. */
	private record PendingEdge(ElkEdge elk, String id, String colour, double width, String tooltip, Mark mark) {
	}

	/** A switch pair's interconnect, drawn between the two boxes. */
	private record Interconnect(Node a, Node b, String id, String tooltip, Mark mark) {
	}

	/** A port connection of a host adapter as a row of the host node. */
	private record PortRow(NetworkAdapter adapter, PortConnection connection, double y) {
	}

	/** What every node of a host design holds: its adapters and teams, and where each port connection sits. */
	private record HostContent(double height, List<Inner> inners, List<PortRow> ports) {
	}

	private final DiagramInput input;
	private final DesignAnalysis analysis;
	private final NetworkAnalysis network;
	private final Overlays overlays;
	private final DesignIndex index;
	private final ElkNode root = ElkGraphUtil.createGraph();
	private final List<Node> nodes = new ArrayList<>();
	private final List<PendingEdge> edges = new ArrayList<>();
	private final List<Interconnect> interconnects = new ArrayList<>();
	private final Map<NetworkSwitch, Node> switches = new IdentityHashMap<>();
	private final Set<String> ids = new HashSet<>();
	private final List<Subnet> carried = new ArrayList<>();
	private final List<List<Subnet>> edgeSubnets = new ArrayList<>();
	private LinkColours colours;
	private boolean uplinks;
	private int collapsedClusters;
	private int hostCount;

	NetworkDrawing(DiagramInput input) {
		this.input = input;
		this.analysis = input.analysis();
		this.network = analysis.network();
		this.overlays = input.overlays();
		this.index = analysis.index();
	}

	Diagram draw() {
		addSwitches();
		addHosts();
		addServers();
		addManagementPorts();
		addBalancersAndFirewalls();
		addUplinks();
		colours = new LinkColours(carried);
		String title = DiagramKind.NETWORK.title() + " — " + input.name();
		if (nodes.isEmpty()) {
			return new Diagram(DiagramKind.NETWORK, title, 480, 40,
					List.of(new Label(0, 20, "The design declares no hosts, switches or network devices to draw.",
							TITLE_SIZE, Label.Anchor.START, false, "#444444")),
					List.of(), input.overlays().whatIfNotes());
		}
		ElkLayered.layout(root, Direction.RIGHT, NODE_SPACING, LAYER_SPACING);
		return new Diagram(DiagramKind.NETWORK, title, root.getWidth(), root.getHeight(), shapes(), legend(), notes());
	}

	// ------------------------------------------------------------------------------------------------ switches

	private void addSwitches() {
		Set<NetworkSwitch> placed = new HashSet<>();
		for (NetworkSwitch sw : index.all(NetworkSwitch.class)) {
			if (placed.contains(sw) || sw.getName() == null) {
				continue;
			}
			NetworkSwitch partner = sw.getPartner();
			if (DesignIndex.live(partner) && partner != sw && !placed.contains(partner) && partner.getName() != null) {
				DataRate speed = sw.getInterconnect() != null ? sw.getInterconnect() : partner.getInterconnect();
				String pairName = sw.getName() + " + " + partner.getName();
				String title = "pair " + pairName + (speed == null ? "" : " · interconnect " + rate(speed));
				Node frame = frame(root, "pair:" + pairName, List.of(title), "switch pair " + pairName, Mark.NONE,
						null);
				Node a = switchNode(frame.elk(), sw);
				Node b = switchNode(frame.elk(), partner);
				Mark mark = linkMark(a.mark(), b.mark());
				interconnects.add(new Interconnect(a, b, unique("interconnect:" + pairName),
						"interconnect " + pairName + (speed == null ? " (speed not stated)" : ": " + rate(speed)),
						mark));
				uplinks = true;
				placed.add(sw);
				placed.add(partner);
			} else {
				switchNode(root, sw);
				placed.add(sw);
			}
		}
	}

	private Node switchNode(ElkNode parent, NetworkSwitch sw) {
		List<String> facts = new ArrayList<>();
		if (sw.isSetRole()) {
			facts.add(sw.getRole().getLiteral());
		}
		int inUse = network.portsInUse(sw);
		facts.add(sw.isSetPortCount() ? inUse + "/" + sw.getPortCount() + " ports used" : inUse + " ports used");
		List<String> tooltip = new ArrayList<>();
		tooltip.add("switch " + sw.getName() + (sw.getModel() == null ? "" : " (" + sw.getModel() + ")"));
		tooltip.add(String.join(" · ", facts) + (sw.getSpeed() == null ? "" : " · " + rate(sw.getSpeed())));
		network.ports(sw).forEach((kind, ports) -> tooltip.add("  " + kind.label() + ": " + ports + " ports"));
		PortConnection management = sw.getManagementPort();
		if (management != null && DesignIndex.live(management.getSwitch())) {
			tooltip.add("management port on " + management.getSwitch().getName() + subnetsText(management));
		}
		Node node = device(parent, "switch:" + sw.getName(), Role.SWITCH, DEVICE_WIDTH, DEVICE_HEIGHT,
				List.of(sw.getName(), String.join(" · ", facts)), String.join("\n", tooltip), sw);
		growWithPorts(node.elk());
		switches.put(sw, node);
		return node;
	}

	private void addUplinks() {
		for (NetworkSwitch sw : index.all(NetworkSwitch.class)) {
			Node from = switches.get(sw);
			for (Uplink uplink : sw.getUplinks()) {
				Node to = DesignIndex.live(uplink.getSwitch()) ? switches.get(uplink.getSwitch()) : null;
				if (from == null || to == null || to == from) {
					continue;
				}
				int count = Math.max(1, uplink.getCount());
				String text = "uplink " + sw.getName() + " → " + uplink.getSwitch().getName() + ": " + count + " × "
						+ (uplink.getSpeed() == null ? "(speed not stated)" : rate(uplink.getSpeed()));
				edge(port(from, PortSide.EAST), port(to, PortSide.WEST), "uplink:" + sw.getName() + ">" + uplink.getSwitch().getName(),
						LinkColours.UPLINK, UPLINK_WIDTH, text, linkMark(from.mark(), to.mark()), null);
				uplinks = true;
			}
		}
	}

	// ------------------------------------------------------------------------------------------------ hosts

	private void addHosts() {
		Map<HostDesign, List<HostGroups.Group>> byDesign = new LinkedHashMap<>();
		for (HostGroups.Group group : HostGroups.of(analysis.hosts())) {
			byDesign.computeIfAbsent(group.hostDesign(), h -> new ArrayList<>()).add(group);
		}
		byDesign.forEach((host, groups) -> {
			HostContent content = content(host);
			int hosts = groups.stream().mapToInt(g -> g.hosts().size()).sum();
			hostCount += hosts;
			Mark mark = overlays.mark(host);
			Source source = input.sources().of(host);
			if (groups.size() == 1) {
				HostGroups.Group group = groups.get(0);
				Node frame = frame(root, "hostdesign:" + host.getName(),
						List.of(host.getName() + " · " + clusterText(group)), "host design " + host.getName(),
						merge(mark, group.cluster() == null ? Mark.NONE : overlays.mark(group.cluster())), source);
				addGroupHosts(frame.elk(), group, content);
			} else {
				Node outer = frame(root, "hostdesign:" + host.getName(),
						List.of(host.getName() + " · " + Quantities.count(hosts, "host") + " in " + groups.size()
								+ " clusters"),
						"host design " + host.getName(), mark, source);
				for (HostGroups.Group group : groups) {
					Node frame = frame(outer.elk(), "cluster:" + host.getName() + "/" + group.name(),
							List.of(group.name() + " · " + clusterText(group)), "cluster " + group.name(),
							group.cluster() == null ? Mark.NONE : overlays.mark(group.cluster()),
							group.cluster() == null ? source : input.sources().of(group.cluster()));
					addGroupHosts(frame.elk(), group, content);
				}
			}
		});
	}

	private static String clusterText(HostGroups.Group group) {
		String hosts = Quantities.count(group.hosts().size(), "host");
		if (group.reserve() <= 0) {
			return group.cluster() == null && group.name().equals(group.hostDesign().getName()) ? hosts
					: group.name() + " · " + hosts;
		}
		String name = group.name().equals(group.hostDesign().getName()) ? "" : "cluster " + group.name() + " · ";
		return name + hosts + ", N+" + group.reserve();
	}

	private void addGroupHosts(ElkNode parent, HostGroups.Group group, HostContent content) {
		HostDesign host = group.hostDesign();
		if (group.collapsed()) {
			collapsedClusters++;
			List<String> names = group.hosts();
			String label = names.size() + " × " + host.getName();
			String range = names.get(0) + " … " + names.get(names.size() - 1);
			hostNode(parent, "hosts:" + group.name(), List.of(label, range), content,
					names.size() + " hosts of host design " + host.getName() + ", wired alike: "
							+ String.join(", ", names),
					overlays.hosts(names), host, names.size());
		} else {
			for (String name : group.hosts()) {
				hostNode(parent, "host:" + name, List.of(name), content, "host " + name + " of host design "
						+ host.getName(), overlays.host(name), host, 1);
			}
		}
	}

	/** The adapters and teams of one host of the design, from the top of the node down. */
	private HostContent content(HostDesign host) {
		List<Inner> inners = new ArrayList<>();
		List<PortRow> ports = new ArrayList<>();
		double y = headerHeight(2) + 2;
		Set<NetworkAdapter> teamed = new HashSet<>();
		for (NicTeam team : host.getTeams()) {
			List<NetworkAdapter> members = team.getMembers().stream()
					.filter(a -> DesignIndex.live(a) && a.eContainer() == host && !teamed.contains(a)).toList();
			if (members.isEmpty()) {
				continue;
			}
			double top = y;
			y += TEAM_HEADER;
			for (NetworkAdapter adapter : members) {
				teamed.add(adapter);
				y = adapter(inners, ports, adapter, 16, y);
			}
			y += 3;
			String heading = "team " + team.getName() + (team.isSetMode() ? " · " + team.getMode().getLiteral() : "");
			inners.add(0, new Inner("team:" + team.getName(), Role.GROUP, 6, top, HOST_WIDTH - 6, y - top, List.of(),
					heading + " (" + members.stream().map(NetworkAdapter::getName).toList() + ")",
					overlays.mark(team), input.sources().of(team), heading));
			y += 3;
		}
		for (NetworkAdapter adapter : host.getAdapters()) {
			if (!teamed.contains(adapter)) {
				y = adapter(inners, ports, adapter, 10, y);
			}
		}
		return new HostContent(y + 6, inners, ports);
	}

	/** An adapter box of a row per port connection (at least one), from {@code y}; the y under it. */
	private double adapter(List<Inner> inners, List<PortRow> ports, NetworkAdapter adapter, double x, double y) {
		List<PortConnection> connections = adapter.getPorts();
		int rows = Math.max(1, connections.size());
		String speed = adapter.getSpeed() == null ? "" : " · " + rate(adapter.getSpeed());
		List<String> tooltip = new ArrayList<>();
		tooltip.add("adapter " + adapter.getName() + speed
				+ (adapter.getPurposes().isEmpty() ? ""
						: " · " + String.join(", ", adapter.getPurposes().stream().map(p -> p.getLiteral()).toList())));
		for (PortConnection connection : connections) {
			tooltip.add("port " + (connection.isSetIndex() ? connection.getIndex() : "?") + " → " + target(connection)
					+ subnetsText(connection));
		}
		double height = rows * ROW - 2;
		inners.add(new Inner("adapter:" + adapter.getName(), Role.ADAPTER, x, y, HOST_WIDTH - x, height,
				List.of(TextFit.fit(adapter.getName() + speed, HOST_WIDTH - x - 6, 10.5)), String.join("\n", tooltip),
				overlays.mark(adapter), input.sources().of(adapter), null));
		for (int i = 0; i < connections.size(); i++) {
			ports.add(new PortRow(adapter, connections.get(i), y + i * ROW + (ROW - 2) / 2));
		}
		return y + rows * ROW;
	}

	private void hostNode(ElkNode parent, String id, List<String> header, HostContent content, String tooltip,
			Mark whatIf, HostDesign host, int hosts) {
		ElkNode elk = ElkGraphUtil.createNode(parent);
		elk.setDimensions(HOST_WIDTH, content.height());
		elk.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_POS);
		String nodeId = unique(id);
		List<Inner> inners = new ArrayList<>();
		for (Inner inner : content.inners()) {
			inners.add(new Inner(unique(nodeId + "/" + inner.id()), inner.role(), inner.x(), inner.y(), inner.width(),
					inner.height(), inner.lines(), inner.tooltip(), inner.mark(), inner.source(), inner.heading()));
		}
		List<String> headings = header.stream().map(h -> TextFit.fit(h, HOST_WIDTH - 8, TITLE_SIZE)).toList();
		Node node = new Node(elk, nodeId, Role.HOST, List.of(), headings, tooltip, whatIf, input.sources().of(host),
				false, inners);
		nodes.add(node);
		for (PortRow row : content.ports()) {
			NetworkSwitch sw = row.connection().getSwitch();
			Node target = DesignIndex.live(sw) ? switches.get(sw) : null;
			if (target == null) {
				continue;
			}
			ElkPort port = ElkGraphUtil.createPort(elk);
			port.setDimensions(1, 1);
			port.setLocation(HOST_WIDTH, row.y() - 0.5);
			port.setProperty(CoreOptions.PORT_SIDE, PortSide.EAST);
			String from = hosts > 1 ? hosts + " × " + host.getName() : header.get(0);
			String text = from + " adapter " + row.adapter().getName() + " port "
					+ (row.connection().isSetIndex() ? row.connection().getIndex() : "?") + " → " + sw.getName()
					+ (hosts > 1 ? " (" + hosts + " cables, one per host)" : "") + subnetsText(row.connection());
			edge(port, port(target, PortSide.WEST), "link:" + nodeId + "/" + row.adapter().getName(), null, 0, text,
					linkMark(whatIf, target.mark()), NetworkAnalysis.subnets(row.connection()));
		}
	}

	// ------------------------------------------------------------------------------------------------ other devices

	private void addServers() {
		Node frame = null;
		for (ManagementServer server : index.all(ManagementServer.class)) {
			if (server.isSetRuns() && server.getRuns() != ServerPlacement.PHYSICAL || server.getName() == null) {
				continue;
			}
			List<PortConnection> connections = server.getConnections().stream()
					.filter(c -> DesignIndex.live(c.getSwitch()) && switches.containsKey(c.getSwitch())).toList();
			if (connections.isEmpty()) {
				continue;
			}
			if (frame == null) {
				frame = frame(root, "servers", List.of("management servers"), "physical management servers", Mark.NONE,
						null);
			}
			int count = Math.max(0, server.getCount());
			String roles = String.join(", ", server.getRoles().stream().map(r -> r.getLiteral()).toList());
			String name = count > 1 ? count + " × " + server.getName() : server.getName();
			portDevice(frame.elk(), "server:" + server.getName(), Role.MANAGEMENT_SERVER, List.of(name, roles),
					"management server " + name + (roles.isEmpty() ? "" : ": " + roles), server, connections);
		}
	}

	private void addManagementPorts() {
		List<Element> devices = new ArrayList<>();
		devices.addAll(index.all(StorageSystem.class).stream().filter(s -> managed(s, s.getManagementPort())).toList());
		devices.addAll(index.all(StorageSwitch.class).stream().filter(s -> managed(s, s.getManagementPort())).toList());
		if (devices.isEmpty()) {
			return;
		}
		Node frame = frame(root, "storage-management", List.of("storage management ports"),
				"management ports of storage systems and storage switches", Mark.NONE, null);
		for (Element device : devices) {
			if (device instanceof StorageSystem system) {
				managementPort(frame.elk(), system, Role.STORAGE_SYSTEM, "storage system", system.getManagementPort());
			} else if (device instanceof StorageSwitch sw) {
				managementPort(frame.elk(), sw, Role.STORAGE_SWITCH, "storage switch", sw.getManagementPort());
			}
		}
	}

	private boolean managed(Element device, PortConnection port) {
		return port != null && device.getName() != null && DesignIndex.live(port.getSwitch())
				&& switches.containsKey(port.getSwitch());
	}

	private void managementPort(ElkNode parent, Element device, Role role, String kind, PortConnection port) {
		portDevice(parent, role.name().toLowerCase(java.util.Locale.ROOT) + ":" + device.getName(), role,
				List.of(device.getName(), "management port"), kind + " " + device.getName() + " (management port)",
				device, List.of(port));
	}

	/** A server-like node with a port per connection on its right side, and the connections' lines. */
	private void portDevice(ElkNode parent, String id, Role role, List<String> lines, String tooltip, Element element,
			List<PortConnection> connections) {
		double height = Math.max(DEVICE_HEIGHT, 12 + connections.size() * ROW);
		Node node = device(parent, id, role, DEVICE_WIDTH, height, lines, tooltip, element);
		node.elk().setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_POS);
		double top = (height - connections.size() * ROW) / 2;
		for (int i = 0; i < connections.size(); i++) {
			PortConnection connection = connections.get(i);
			ElkPort port = ElkGraphUtil.createPort(node.elk());
			port.setDimensions(1, 1);
			port.setLocation(DEVICE_WIDTH, top + i * ROW + ROW / 2 - 0.5);
			port.setProperty(CoreOptions.PORT_SIDE, PortSide.EAST);
			Node target = switches.get(connection.getSwitch());
			edge(port, port(target, PortSide.WEST), "link:" + node.id() + "/" + i, null, 0,
					lines.get(0) + " → " + connection.getSwitch().getName() + subnetsText(connection),
					linkMark(node.mark(), target.mark()), NetworkAnalysis.subnets(connection));
		}
	}

	private void addBalancersAndFirewalls() {
		for (Link link : network.links()) {
			if (link.kind() != LinkKind.LOAD_BALANCER && link.kind() != LinkKind.FIREWALL) {
				continue;
			}
			Element owner = link.owner();
			if (owner.getName() == null) {
				continue;
			}
			Role role = link.kind() == LinkKind.LOAD_BALANCER ? Role.LOAD_BALANCER : Role.FIREWALL;
			String id = (role == Role.LOAD_BALANCER ? "lb:" : "fw:") + owner.getName();
			Node node = nodes.stream().filter(n -> n.id().equals(id)).findFirst()
					.orElseGet(() -> balancerOrFirewall(id, role, (Device) owner));
			Node from = link.networkSwitch() == null ? null : switches.get(link.networkSwitch());
			if (from != null) {
				edge(port(from, PortSide.EAST), port(node, PortSide.WEST), "link:" + id + "/" + link.networkSwitch().getName(), null, 0,
						link.label() + " ↔ " + link.networkSwitch().getName() + subnetsText(link.connection()),
						linkMark(node.mark(), from.mark()), NetworkAnalysis.subnets(link.connection()));
			}
		}
	}

	private Node balancerOrFirewall(String id, Role role, Device device) {
		int quantity = device instanceof LoadBalancer lb ? lb.getQuantity() : ((Firewall) device).getQuantity();
		String detail;
		if (device instanceof LoadBalancer lb) {
			detail = (lb.isSetKind() ? lb.getKind().getLiteral() + " · " : "") + Quantities.count(quantity, "unit");
		} else {
			Firewall fw = (Firewall) device;
			detail = (fw.isSetPosition() ? fw.getPosition().getLiteral() + " · " : "")
					+ Quantities.count(quantity, "unit");
		}
		Node node = device(root, id, role, DEVICE_WIDTH, DEVICE_HEIGHT, List.of(device.getName(), detail),
				role.label() + " " + device.getName() + " · " + detail, device);
		growWithPorts(node.elk());
		return node;
	}

	// ------------------------------------------------------------------------------------------------ graph parts

	/** A node that takes a port per line on the side the line comes from, and grows to give each port room. */
	private static void growWithPorts(ElkNode node) {
		node.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_SIDE);
		node.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS,
				EnumSet.of(SizeConstraint.PORTS, SizeConstraint.MINIMUM_SIZE));
		node.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(node.getWidth(), node.getHeight()));
		node.setProperty(CoreOptions.SPACING_PORT_PORT, PORT_SPACING);
	}

	/** A new port on a side of a node grown by {@link #growWithPorts}. */
	private static ElkPort port(Node node, PortSide side) {
		ElkPort port = ElkGraphUtil.createPort(node.elk());
		port.setDimensions(1, 1);
		port.setProperty(CoreOptions.PORT_SIDE, side);
		return port;
	}

	private Node device(ElkNode parent, String id, Role role, double width, double height, List<String> lines,
			String tooltip, EObject element) {
		ElkNode elk = ElkGraphUtil.createNode(parent);
		elk.setDimensions(width, height);
		List<String> fitted = lines.stream().filter(l -> !l.isEmpty())
				.map(l -> TextFit.fit(l, width - 8, org.ddc.diagram.svg.SvgWriter.TEXT_SIZE)).toList();
		Node node = new Node(elk, unique(id), role, fitted, List.of(), tooltip, overlays.mark(element),
				input.sources().of(element), false, List.of());
		nodes.add(node);
		return node;
	}

	private Node frame(ElkNode parent, String id, List<String> titles, String tooltip, Mark mark, Source source) {
		ElkNode elk = ElkGraphUtil.createNode(parent);
		elk.setProperty(CoreOptions.PADDING, new ElkPadding(FRAME_TOP, FRAME_SIDE, FRAME_SIDE, FRAME_SIDE));
		elk.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
		elk.setProperty(CoreOptions.SPACING_NODE_NODE, NODE_SPACING);
		double width = titles.stream().mapToDouble(t -> TextFit.width(t, TITLE_SIZE)).max().orElse(0) + 2 * FRAME_SIDE;
		elk.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
		elk.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(Math.min(width, 2 * HOST_WIDTH), FRAME_TOP));
		Node node = new Node(elk, unique(id), Role.GROUP, List.of(), titles, tooltip, mark, source, true, List.of());
		nodes.add(node);
		return node;
	}

	/** A line; its colour from its subnets when {@code colour} is null (decided once every subnet is known). */
	private void edge(ElkConnectableShape from, ElkConnectableShape to, String id, String colour, double width,
			String tooltip, Mark mark, List<Subnet> subnets) {
		ElkEdge elk = ElkGraphUtil.createSimpleEdge(from, to);
		edges.add(new PendingEdge(elk, unique(id), colour, width, tooltip, mark));
		edgeSubnets.add(subnets);
		if (subnets != null) {
			carried.addAll(subnets);
		}
	}

	private String unique(String id) {
		String unique = id;
		for (int n = 2; !ids.add(unique); n++) {
			unique = id + "#" + n;
		}
		return unique;
	}

	// ------------------------------------------------------------------------------------------------ shapes

	private List<Shape> shapes() {
		List<Shape> shapes = new ArrayList<>();
		for (Node node : nodes) {
			Point at = ElkLayered.absolute(node.elk());
			double w = node.elk().getWidth();
			double h = node.elk().getHeight();
			shapes.add(new Box(node.id(), node.role(), at.x(), at.y(), w, h, node.lines(), node.tooltip(), node.mark(),
					node.source()));
			for (int i = 0; i < node.headings().size(); i++) {
				String text = TextFit.fit(node.headings().get(i), w - 2 * FRAME_SIDE + 4, TITLE_SIZE);
				shapes.add(new Label(at.x() + (node.frame() ? 6 : w / 2), at.y() + 15 + i * 13, text,
						i == 0 ? TITLE_SIZE : SMALL_SIZE, node.frame() ? Label.Anchor.START : Label.Anchor.MIDDLE,
						i == 0, node.frame() ? "#555555" : "#111111"));
			}
			for (Inner inner : node.inners()) {
				shapes.add(new Box(inner.id(), inner.role(), at.x() + inner.x(), at.y() + inner.y(), inner.width(),
						inner.height(), inner.lines(), inner.tooltip(), inner.mark(), inner.source()));
				if (inner.heading() != null) {
					shapes.add(new Label(at.x() + inner.x() + 4, at.y() + inner.y() + 11,
							TextFit.fit(inner.heading(), inner.width() - 8, SMALL_SIZE), SMALL_SIZE,
							Label.Anchor.START, false, "#444444"));
				}
			}
		}
		for (Interconnect link : interconnects) {
			List<Point> points = between(link.a(), link.b());
			if (points != null) {
				shapes.add(new Edge(link.id(), points, LinkColours.UPLINK, UPLINK_WIDTH, false, link.tooltip(),
						link.mark()));
			}
		}
		for (int i = 0; i < edges.size(); i++) {
			PendingEdge edge = edges.get(i);
			List<Point> route = ElkLayered.route(edge.elk());
			if (route.size() < 2) {
				continue;
			}
			List<Subnet> subnets = edgeSubnets.get(i);
			String colour = edge.colour() != null ? edge.colour() : colours.colour(subnets);
			double width = edge.width() > 0 ? edge.width()
					: colour.equals(LinkColours.TRUNK) ? TRUNK_WIDTH : LINK_WIDTH;
			shapes.add(new Edge(edge.id(), route, colour, width, false, edge.tooltip(), edge.mark()));
		}
		return shapes;
	}

	/** A straight line between two boxes that face each other (one above the other, or side by side), or null. */
	private static List<Point> between(Node a, Node b) {
		Point pa = ElkLayered.absolute(a.elk());
		Point pb = ElkLayered.absolute(b.elk());
		double[] ax = {pa.x(), a.elk().getWidth()};
		double[] ay = {pa.y(), a.elk().getHeight()};
		double[] bx = {pb.x(), b.elk().getWidth()};
		double[] by = {pb.y(), b.elk().getHeight()};
		List<Point> vertical = facing(ax, bx, ay, by);
		if (vertical != null) {
			return vertical;
		}
		List<Point> horizontal = facing(ay, by, ax, bx);
		return horizontal == null ? null
				: horizontal.stream().map(p -> new Point(p.y(), p.x())).toList();
	}

	/**
	 * The line between two spans that overlap on the first axis by more than 10 px (each as {start, length}), across
	 * the gap between them on the second axis, as points (first axis, second axis); null when they do not face.
	 */
	private static List<Point> facing(double[] a1, double[] b1, double[] a2, double[] b2) {
		double from1 = Math.max(a1[0], b1[0]);
		double to1 = Math.min(a1[0] + a1[1], b1[0] + b1[1]);
		if (to1 - from1 <= 10) {
			return null;
		}
		boolean aFirst = a2[0] < b2[0];
		double from2 = aFirst ? a2[0] + a2[1] : b2[0] + b2[1];
		double to2 = aFirst ? b2[0] : a2[0];
		double mid = (from1 + to1) / 2;
		return to2 > from2 ? List.of(new Point(mid, from2), new Point(mid, to2)) : null;
	}

	private List<LegendEntry> legend() {
		List<LegendEntry> legend = new ArrayList<>();
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (Node node : nodes) {
			roles.add(node.role());
			node.inners().forEach(i -> roles.add(i.role()));
		}
		for (Role role : List.of(Role.HOST, Role.ADAPTER, Role.MANAGEMENT_SERVER, Role.SWITCH, Role.LOAD_BALANCER,
				Role.FIREWALL, Role.STORAGE_SYSTEM, Role.STORAGE_SWITCH)) {
			if (roles.contains(role)) {
				legend.add(LegendEntry.of(role));
			}
		}
		if (roles.contains(Role.GROUP)) {
			legend.add(new LegendEntry("cluster, switch pair or team (frame)", Role.GROUP.fill(),
					LegendEntry.Kind.FILL));
		}
		boolean trunks = false;
		boolean none = false;
		for (int i = 0; i < edges.size(); i++) {
			if (edges.get(i).colour() == null) {
				String colour = colours.colour(edgeSubnets.get(i));
				trunks |= colour.equals(LinkColours.TRUNK);
				none |= colour.equals(LinkColours.NO_SUBNET);
			}
		}
		legend.addAll(colours.legend(trunks, uplinks, none));
		return legend;
	}

	private List<String> notes() {
		List<String> notes = new ArrayList<>();
		if (collapsedClusters > 0) {
			notes.add(hostCount + " hosts: with more than " + HostGroups.INDIVIDUAL
					+ " hosts each cluster is drawn as one node (n × host design, its hosts in the tooltip). The hosts "
					+ "of a host design are wired alike; each line of such a node stands for one cable per host.");
		}
		if (!carried.isEmpty()) {
			notes.add(colours.note());
		}
		notes.addAll(overlays.whatIfNotes());
		return notes;
	}

	// ------------------------------------------------------------------------------------------------ text

	private static String rate(DataRate rate) {
		return Quantities.rate(rate.mbps());
	}

	private static String target(PortConnection connection) {
		if (DesignIndex.live(connection.getSwitch())) {
			return "switch " + connection.getSwitch().getName();
		}
		if (DesignIndex.live(connection.getStorageSwitch())) {
			return "storage switch " + connection.getStorageSwitch().getName();
		}
		return "(no switch)";
	}

	private static String subnetsText(PortConnection connection) {
		List<Subnet> subnets = NetworkAnalysis.subnets(connection);
		if (subnets.isEmpty()) {
			return "";
		}
		return "\nsubnets: " + String.join(", ", subnets.stream().map(LinkColours::describe).toList());
	}

	private static double headerHeight(int lines) {
		return 6 + lines * 13;
	}

	/** A line's mark: down in the what-if when either end fails or stops. */
	private static Mark linkMark(Mark a, Mark b) {
		boolean down = a.failure() != Failure.NONE && a.failure() != Failure.DEGRADED
				|| b.failure() != Failure.NONE && b.failure() != Failure.DEGRADED;
		return down ? new Mark(null, List.of(), false, Failure.DOWN, List.of("down (what-if): an end fails or stops"))
				: Mark.NONE;
	}

	/** Two marks as one: the worse finding, every rule, either's single point of failure and failure, all notes. */
	static Mark merge(Mark a, Mark b) {
		if (!b.any() && b.notes().isEmpty()) {
			return a;
		}
		if (!a.any() && a.notes().isEmpty()) {
			return b;
		}
		org.ddc.rules.Severity severity = a.severity() == null ? b.severity()
				: b.severity() == null || a.severity().ordinal() <= b.severity().ordinal() ? a.severity()
						: b.severity();
		Set<String> rules = new TreeSet<>(a.rules());
		rules.addAll(b.rules());
		List<String> notes = new ArrayList<>(a.notes());
		notes.addAll(b.notes());
		return new Mark(severity, List.copyOf(rules), a.spof() || b.spof(),
				a.failure() != Failure.NONE ? a.failure() : b.failure(), notes);
	}
}
