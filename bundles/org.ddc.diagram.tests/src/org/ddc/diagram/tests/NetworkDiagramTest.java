package org.ddc.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.ddc.analysis.DesignAnalysis;
import org.ddc.analysis.failure.Component;
import org.ddc.diagram.DiagramInput;
import org.ddc.diagram.DiagramKind;
import org.ddc.diagram.Diagrams;
import org.ddc.diagram.model.Box;
import org.ddc.diagram.model.Diagram;
import org.ddc.diagram.model.Edge;
import org.ddc.diagram.model.Mark;
import org.ddc.diagram.model.Point;
import org.ddc.diagram.model.Role;
import org.ddc.diagram.network.NetworkDiagram;
import org.ddc.diagram.svg.SvgWriter;
import org.ddc.dsl.DdcStandaloneSetup;
import org.ddc.dsl.load.DesignLoader;
import org.ddc.dsl.load.LoadedDesign;
import org.ddc.dsl.validation.DesignValidator;
import org.ddc.dsl.validation.Finding;
import org.ddc.dsl.validation.RuleRunner;
import org.ddc.generate.DesignText;
import org.ddc.generate.SyntheticDesignGenerator;
import org.ddc.rules.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The network diagram of contoso, of a generated design and of small designs written here. */
class NetworkDiagramTest {
	private static final Path EXAMPLES = Path.of(System.getProperty("user.dir")).resolve("../../examples").normalize();
	private static final Set<Role> DEVICES = Set.of(Role.HOST, Role.SWITCH, Role.MANAGEMENT_SERVER,
			Role.LOAD_BALANCER, Role.FIREWALL, Role.STORAGE_SYSTEM, Role.STORAGE_SWITCH);

	/** Two hosts (drawn one by one), a teamed pair of adapters to a switch pair, a third adapter on two subnets. */
	private static final String SMALL = """
			design Small { platform hyperv-2012-r2 }
			subnet NET-MGMT { vlan 10 purpose host-management switches SW-A, SW-B }
			subnet NET-WEB { vlan 110 purpose guest-traffic switches SW-A, SW-B }
			switch SW-A { ports 48 partner SW-B interconnect 40 Gbps }
			switch SW-B { ports 48 partner SW-A interconnect 40 Gbps }
			host-design HD-A {
				quantity 2
				memory 256 GB
				adapter NIC-1 ports 1 speed 10 Gbps purpose guest-traffic { port 1 switch SW-A subnets NET-WEB }
				adapter NIC-2 ports 1 speed 10 Gbps purpose guest-traffic { port 1 switch SW-B subnets NET-WEB }
				adapter NIC-M ports 1 speed 1 Gbps purpose host-management { port 1 switch SW-A subnets NET-MGMT, NET-WEB }
				team T1 members NIC-1, NIC-2 mode load-balancing
			}
			""";

	private static DiagramInput contoso;
	private static Diagram contosoDiagram;

	@BeforeAll
	static void build() throws Exception {
		contoso = input(DdcStandaloneSetup.injector().getInstance(DesignLoader.class)
				.load(List.of(EXAMPLES.resolve("contoso"))), List.of());
		contosoDiagram = new NetworkDiagram().build(contoso);
	}

	private static DiagramInput input(LoadedDesign design, List<String> failed) {
		List<Finding> findings = DdcStandaloneSetup.injector().getInstance(DesignValidator.class).validate(design);
		DesignAnalysis analysis = DdcStandaloneSetup.injector().getInstance(RuleRunner.class)
				.analysis(design.resourceSet());
		List<Component> components = failed.stream()
				.map(name -> analysis.failures().component(name).orElseThrow()).toList();
		return DiagramInput.of("test", design, findings, analysis, components);
	}

	private static DiagramInput text(String text, String... failed) {
		return input(DdcStandaloneSetup.injector().getInstance(DesignLoader.class)
				.loadText(Map.of("design.ddc", text)), List.of(failed));
	}

	private static Box box(Diagram diagram, String id) {
		return diagram.boxes().stream().filter(b -> b.id().equals(id)).findFirst()
				.orElseThrow(() -> new AssertionError("no box " + id + " in " + diagram.boxes().stream().map(Box::id)
						.toList()));
	}

	private static List<Edge> edgesFrom(Diagram diagram, String nodeId) {
		return diagram.edges().stream().filter(e -> e.id().startsWith("link:" + nodeId + "/")).toList();
	}

	private static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void registered_asTheNetworkKind() {
		assertTrue(Diagrams.kinds().contains(DiagramKind.NETWORK));
		assertEquals(DiagramKind.NETWORK, Diagrams.build(contoso, List.of(DiagramKind.NETWORK)).get(0).kind());
	}

	@Test
	void contoso_clustersCollapse_withTheCountAndEveryHostInTheTooltip() {
		// 15 hosts (8 + 4 + 3), more than 8: each cluster is one node, a line per adapter port
		Box web = box(contosoDiagram, "hosts:CON-CL-WEBAPP");
		assertEquals(Role.HOST, web.role());
		assertTrue(web.tooltip().startsWith("8 hosts of host design HD-WEBAPP"), web.tooltip());
		for (int i = 1; i <= 8; i++) {
			assertTrue(web.tooltip().contains("HD-WEBAPP-0" + i), web.tooltip());
		}
		assertTrue(contosoDiagram.boxes().stream().noneMatch(b -> b.id().startsWith("host:")), "no host drawn alone");
		// HD-WEBAPP has 8 adapters of one port each, all to network switches
		assertEquals(8, edgesFrom(contosoDiagram, "hosts:CON-CL-WEBAPP").size());
		assertEquals(8, contosoDiagram.boxes().stream()
				.filter(b -> b.id().startsWith("hosts:CON-CL-WEBAPP/adapter:")).count());
		// the two teams frame their members
		Box team = box(contosoDiagram, "hosts:CON-CL-WEBAPP/team:WEB-TEAM-GUEST");
		for (String member : List.of("WEB-NIC-GUEST-A", "WEB-NIC-GUEST-B")) {
			Box adapter = box(contosoDiagram, "hosts:CON-CL-WEBAPP/adapter:" + member);
			assertTrue(inside(adapter, team), member + " inside its team's frame");
			assertTrue(inside(adapter, web), member + " inside the host node");
		}
		assertTrue(contosoDiagram.notes().get(0).startsWith("15 hosts: with more than 8 hosts"),
				contosoDiagram.notes().get(0));
	}

	@Test
	void contoso_switchShowsThePortsTheAnalysisCounts() {
		// CON-SW-A1 by hand: hosts 3 × 8 (WEB MGMT, HB, HOST-A) + 3 × 4 (DB MGMT, HB, BACKUP) + 3 × 3 (PCI) = 45;
		// management servers DC01 1, DC02 1, VMM 2, SCOM 2, SQL-SC 2, SCCM 1, MDT 1, HWMGMT 2, DPM 1 = 13;
		// firewall 2 units; management ports of CON-SW-B1, CON-SW-A2 and the storage devices that name A1
		int inUse = contoso.analysis().network().portsInUse(switchNamed("CON-SW-A1"));
		assertTrue(inUse >= 45 + 13 + 2 + 2, "at least the hand count: " + inUse);
		Box a1 = box(contosoDiagram, "switch:CON-SW-A1");
		assertEquals(List.of("CON-SW-A1", "core · " + inUse + "/96 ports used"), a1.lines());
		Box pair = box(contosoDiagram, "pair:CON-SW-A1 + CON-SW-B1");
		assertTrue(inside(a1, pair) && inside(box(contosoDiagram, "switch:CON-SW-B1"), pair), "pair frame");
		Edge interconnect = contosoDiagram.edges().stream()
				.filter(e -> e.id().equals("interconnect:CON-SW-A1 + CON-SW-B1")).findFirst().orElseThrow();
		assertTrue(interconnect.tooltip().endsWith("80 Gbps"), interconnect.tooltip());
		// CON-SW-A2 and CON-SW-B2 uplink to both core switches: four uplinks
		assertEquals(4, contosoDiagram.edges().stream().filter(e -> e.id().startsWith("uplink:")).count());
	}

	private static org.ddc.model.NetworkSwitch switchNamed(String name) {
		return contoso.analysis().index().all(org.ddc.model.NetworkSwitch.class).stream()
				.filter(s -> s.getName().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void contoso_linksColouredByPurpose_aTrunkOfSeveralPurposesGrey() {
		// 20 subnets on links: more than the 12 colours, so by purpose; the management adapter carries host
		// management only, the guest adapter WEB, APP, VDI (guest traffic) and DMZ (external): a trunk
		Edge mgmt = edgesFrom(contosoDiagram, "hosts:CON-CL-DATA").stream()
				.filter(e -> e.tooltip().contains("DB-NIC-MGMT")).findFirst().orElseThrow();
		Edge dbGuest = edgesFrom(contosoDiagram, "hosts:CON-CL-DATA").stream()
				.filter(e -> e.tooltip().contains("DB-NIC-GUEST-A")).findFirst().orElseThrow();
		Edge webGuest = edgesFrom(contosoDiagram, "hosts:CON-CL-WEBAPP").stream()
				.filter(e -> e.tooltip().contains("WEB-NIC-GUEST-A")).findFirst().orElseThrow();
		assertEquals("#0072b2", mgmt.colour(), "host management: the first colour");
		assertEquals("#e69f00", dbGuest.colour(), "guest traffic: the second colour");
		assertEquals("#555555", webGuest.colour(), "guest traffic and external: a trunk");
		assertTrue(webGuest.width() > mgmt.width(), "a trunk is thicker");
		assertTrue(webGuest.tooltip().contains("CON-NET-DMZ · VLAN 210 · 172.16.10.0/24"), webGuest.tooltip());
		assertTrue(contosoDiagram.legend().stream()
				.anyMatch(l -> l.label().equals("host management: CON-NET-HOSTMGMT (VLAN 10)")
						&& l.colour().equals("#0072b2")), "a legend entry per subnet");
	}

	@Test
	void smallDesign_hostsDrawnOneByOne_eachWithItsLines_coloredBySubnet() {
		Diagram diagram = new NetworkDiagram().build(text(SMALL));
		for (String host : List.of("HD-A-01", "HD-A-02")) {
			Box node = box(diagram, "host:" + host);
			List<Edge> edges = edgesFrom(diagram, "host:" + host);
			assertEquals(3, edges.size(), host + ": NIC-1, NIC-2, NIC-M");
			Box swA = box(diagram, "switch:SW-A");
			Box swB = box(diagram, "switch:SW-B");
			for (Edge edge : edges) {
				Point start = edge.points().get(0);
				Point end = edge.points().get(edge.points().size() - 1);
				assertEquals(node.x() + node.width(), start.x(), 1.5, "leaves the host's right side");
				Box target = edge.tooltip().contains("→ SW-A") ? swA : swB;
				assertEquals(target.x(), end.x(), 1.5, "ends on the switch's left side: " + edge.id());
				assertTrue(end.y() >= target.y() && end.y() <= target.y() + target.height(), edge.id());
			}
			// two subnets: one colour each by VLAN order; NIC-M carries both, a trunk
			Edge web = edges.stream().filter(e -> e.tooltip().contains("NIC-1")).findFirst().orElseThrow();
			Edge both = edges.stream().filter(e -> e.tooltip().contains("NIC-M")).findFirst().orElseThrow();
			assertEquals("#e69f00", web.colour(), "NET-WEB, VLAN 110, the second subnet");
			assertEquals("#555555", both.colour());
			assertTrue(inside(box(diagram, "host:" + host + "/adapter:NIC-1"), box(diagram, "host:" + host + "/team:T1")));
		}
		assertTrue(diagram.notes().stream().noneMatch(n -> n.contains("drawn as one node")), "nothing collapsed");
		assertEquals(2, diagram.legend().stream().filter(l -> l.label().startsWith("NET-")).count());
	}

	@Test
	void everyElementBox_hasItsSource_idsAreUnique_andTheSvgCarriesThem() throws Exception {
		Set<String> ids = new HashSet<>();
		for (Box box : contosoDiagram.boxes()) {
			assertTrue(ids.add(box.id()), "unique id " + box.id());
			if (box.role() != Role.GROUP || box.id().contains("team:") || box.id().startsWith("hostdesign:")) {
				assertNotNull(box.source(), "source of " + box.id());
				assertTrue(box.source().line() > 0 && box.source().file().endsWith("contoso.ddc"), box.id());
			}
		}
		contosoDiagram.edges().forEach(e -> assertTrue(ids.add(e.id()), "unique id " + e.id()));
		Document svg = parse(SvgWriter.write(contosoDiagram));
		NodeList groups = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
		int withSource = 0;
		for (int i = 0; i < groups.getLength(); i++) {
			withSource += ((Element) groups.item(i)).hasAttribute("data-source") ? 1 : 0;
		}
		assertEquals(contosoDiagram.boxes().stream().filter(b -> b.source() != null).count(), withSource);
	}

	@Test
	void noDeviceBoxesOverlap_andNoLineCrossesADevice_contosoAndAGeneratedDesign() {
		String generated = DesignText.of(SyntheticDesignGenerator.generate(1000, 7));
		for (Diagram diagram : List.of(contosoDiagram, new NetworkDiagram().build(text(generated)))) {
			List<Box> devices = diagram.boxes().stream().filter(b -> DEVICES.contains(b.role())).toList();
			assertTrue(devices.size() > 10, "a real diagram: " + devices.size());
			for (int i = 0; i < devices.size(); i++) {
				for (int j = i + 1; j < devices.size(); j++) {
					Box a = devices.get(i);
					Box b = devices.get(j);
					boolean apart = a.x() + a.width() <= b.x() + 0.5 || b.x() + b.width() <= a.x() + 0.5
							|| a.y() + a.height() <= b.y() + 0.5 || b.y() + b.height() <= a.y() + 0.5;
					assertTrue(apart, a.id() + " overlaps " + b.id());
				}
			}
			for (Edge edge : diagram.edges()) {
				Point start = edge.points().get(0);
				Point end = edge.points().get(edge.points().size() - 1);
				for (Box box : devices) {
					if (touches(box, start) || touches(box, end)) {
						continue;
					}
					for (int k = 1; k < edge.points().size(); k++) {
						assertFalse(crosses(edge.points().get(k - 1), edge.points().get(k), box),
								edge.id() + " runs through " + box.id());
					}
				}
			}
		}
	}

	@Test
	void hostileNames_stayText() throws Exception {
		String hostile = SMALL.replace("switch SW-A {", "switch SW-A { model \"=HYPERLINK(\\\"http://x\\\") <script>alert('x')</script> ü 中\"")
				.replace("HD-A", "\"HD <b>&'x\"");
		Diagram diagram = new NetworkDiagram().build(text(hostile));
		String svg = SvgWriter.write(diagram);
		assertFalse(svg.contains("<script") || svg.contains("<b>"), "markup escaped");
		Document document = parse(svg);
		NodeList titles = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title");
		boolean model = false;
		boolean host = false;
		for (int i = 0; i < titles.getLength(); i++) {
			String text = titles.item(i).getTextContent();
			model |= text.contains("=HYPERLINK(\"http://x\") <script>alert('x')</script> ü 中");
			host |= text.contains("host HD <b>&'x-01");
		}
		assertTrue(model && host, "the names as written in the tooltips");
	}

	@Test
	void sameDesign_sameBytes() {
		assertEquals(SvgWriter.write(new NetworkDiagram().build(contoso)), SvgWriter.write(contosoDiagram));
	}

	@Test
	void overlays_errorOnAnElement_singlePointOfFailure_whatIf() {
		// an error on the switch (a port count of 0) marks its box
		Diagram broken = new NetworkDiagram().build(text(SMALL.replace("switch SW-B { ports 48", "switch SW-B { ports 0")));
		Mark swB = box(broken, "switch:SW-B").mark();
		assertEquals(Severity.ERROR, swB.severity());
		assertTrue(swB.rules().contains("DDC-NON-POSITIVE"), swB.rules().toString());
		assertFalse(box(broken, "switch:SW-A").mark().rules().contains("DDC-NON-POSITIVE"), "only on SW-B");
		// contoso's single SAN for the Fibre Channel hosts is a single point of failure
		assertTrue(box(contosoDiagram, "storage_system:CON-FC-SAN01").mark().spof());
		assertFalse(box(contosoDiagram, "switch:CON-SW-A1").mark().spof(), "a switch of a pair is none");
		// what-if: a switch fails — it is crossed out, its lines are down, the others not
		Diagram whatIf = new NetworkDiagram().build(input(contoso.design(), List.of("CON-SW-A1")));
		assertEquals(Mark.Failure.FAILED, box(whatIf, "switch:CON-SW-A1").mark().failure());
		assertEquals(Mark.Failure.NONE, box(whatIf, "switch:CON-SW-B1").mark().failure());
		for (Edge edge : edgesFrom(whatIf, "hosts:CON-CL-WEBAPP")) {
			boolean toA1 = edge.tooltip().contains("→ CON-SW-A1");
			assertEquals(toA1 ? Mark.Failure.DOWN : Mark.Failure.NONE, edge.mark().failure(), edge.tooltip());
		}
		assertTrue(whatIf.notes().stream().anyMatch(n -> n.startsWith("What if switch CON-SW-A1 fail")),
				whatIf.notes().toString());
		// what-if: one host of a collapsed cluster fails — the node loses capacity
		Mark web = box(new NetworkDiagram().build(input(contoso.design(), List.of("HD-WEBAPP-03"))),
				"hosts:CON-CL-WEBAPP").mark();
		assertEquals(Mark.Failure.DEGRADED, web.failure());
		assertEquals(List.of("1 of 8 hosts stop (what-if)"), web.notes());
		// in a small design a failed host is its own node
		Diagram small = new NetworkDiagram().build(text(SMALL, "HD-A-02"));
		assertEquals(Mark.Failure.FAILED, box(small, "host:HD-A-02").mark().failure());
		assertEquals(Mark.Failure.NONE, box(small, "host:HD-A-01").mark().failure());
	}

	@Test
	void emptyDesign_saysSo() {
		Diagram diagram = new NetworkDiagram().build(text("design Empty { platform hyperv-2012-r2 }"));
		assertTrue(diagram.boxes().isEmpty());
		assertTrue(SvgWriter.write(diagram).contains("declares no hosts, switches or network devices"));
	}

	private static boolean inside(Box inner, Box outer) {
		return inner.x() >= outer.x() - 0.5 && inner.y() >= outer.y() - 0.5
				&& inner.x() + inner.width() <= outer.x() + outer.width() + 0.5
				&& inner.y() + inner.height() <= outer.y() + outer.height() + 0.5;
	}

	/** True when the point lies on or within 2 px of the box (a line's end on its border or port). */
	private static boolean touches(Box box, Point p) {
		return p.x() >= box.x() - 2 && p.x() <= box.x() + box.width() + 2 && p.y() >= box.y() - 2
				&& p.y() <= box.y() + box.height() + 2;
	}

	/** True when the orthogonal segment passes through the box's inside (its border excluded). */
	private static boolean crosses(Point p, Point q, Box box) {
		double left = box.x() + 1;
		double right = box.x() + box.width() - 1;
		double top = box.y() + 1;
		double bottom = box.y() + box.height() - 1;
		double minX = Math.min(p.x(), q.x());
		double maxX = Math.max(p.x(), q.x());
		double minY = Math.min(p.y(), q.y());
		double maxY = Math.max(p.y(), q.y());
		return maxX > left && minX < right && maxY > top && minY < bottom;
	}
}
