package org.ddc.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.ddc.diagram.model.Label;
import org.ddc.diagram.model.LegendEntry;
import org.ddc.diagram.model.Mark;
import org.ddc.diagram.model.Point;
import org.ddc.diagram.model.Role;
import org.ddc.diagram.storage.StorageDiagram;
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

/**
 * The storage diagram of examples/contoso and of small designs written here, against what the files say: which boxes
 * there are and what they hold, which paths each host design has and on which fabric, the marks of findings, single
 * points of failure and a what-if, and the geometry (no overlaps, no path through a box).
 */
class StorageDiagramTest {
	static final Path EXAMPLES = Path.of(System.getProperty("user.dir")).resolve("../../examples").normalize();
	/** Where the SVGs are written for a person (and the PNG script) to look at. */
	static final Path OUT = Path.of(System.getProperty("user.dir")).resolve("target/diagram-svg/storage");
	private static final String SVG = "http://www.w3.org/2000/svg";
	private static final String FABRIC_A = "#1f5fa8";
	private static final String FABRIC_B = "#d9730d";

	private static Diagram contoso;

	/** A SAN on a fabric pair, a host design with one HBA, and a workload on it: single-pathed, FC-A a SPOF. */
	private static final String SINGLE_PATH = """
			design D { platform hyperv-2012-r2 }
			workload W { memory 4 GB cpu 5 % disk 40 GB iops 100 IOPS instances 1 group G }
			workload-group G { host-design H }
			storage-switch FC-A { protocol fibre-channel ports 24 speed 16 Gbps partner FC-B }
			storage-switch FC-B { protocol fibre-channel ports 24 speed 16 Gbps partner FC-A }
			storage-system SAN-1 { type san protocol fibre-channel multipath yes
				disks 10 x 900 GB sas-10k 140 IOPS raid-10
				processor SPA switches FC-A, FC-B
				processor SPB switches FC-A, FC-B }
			host-design H { quantity 2 memory 128 GB storage SAN-1
				hba HBA-1 fibre-channel ports 1 speed 16 Gbps purpose guest-storage switch FC-A }
			""";

	@BeforeAll
	static void drawContoso() throws IOException {
		contoso = draw(input(load(EXAMPLES.resolve("contoso")), "Contoso", List.of()));
		write("contoso", contoso);
	}

	// ------------------------------------------------------------------ contoso

	@Test
	void registered_asTheStorageKind() {
		assertTrue(Diagrams.kinds().contains(DiagramKind.STORAGE));
		assertEquals(DiagramKind.STORAGE, new StorageDiagram().kind());
		assertEquals("Storage paths — Contoso", contoso.title());
	}

	@Test
	void contoso_oneBoxPerHostDesign_withItsHostsAndPathsPerSan() {
		// HD-WEBAPP: quantity 8, cluster CON-CL-WEBAPP, HBAs on CON-ISW-A and CON-ISW-B, both used by
		// CON-ISCSI-SAN01's processors: 2 paths
		assertEquals(List.of("HD-WEBAPP", "8 hosts · CON-CL-WEBAPP", "2 paths to CON-ISCSI-SAN01"),
				header(contoso, "host-design:HD-WEBAPP"));
		assertEquals(List.of("HD-DATA", "4 hosts · CON-CL-DATA", "2 paths to CON-FC-SAN01"),
				header(contoso, "host-design:HD-DATA"));
		assertEquals(List.of("HD-PCI", "3 hosts · CON-CL-PCI", "2 paths to CON-FC-SAN01"),
				header(contoso, "host-design:HD-PCI"));
		// its two HBAs inside it, one box each
		Box host = box(contoso, "host-design:HD-DATA");
		for (String hba : List.of("hba:HD-DATA/DB-HBA-A", "hba:HD-DATA/DB-HBA-B")) {
			assertTrue(inside(box(contoso, hba), host), hba + " inside its host design");
			assertEquals(Role.ADAPTER, box(contoso, hba).role());
		}
		assertEquals(List.of("DB-HBA-A", "FC · 1 × 16 Gbps"), box(contoso, "hba:HD-DATA/DB-HBA-A").lines());
		// no host design draws its network adapters: HD-WEBAPP's iSCSI runs on HBAs
		assertTrue(contoso.boxes().stream().noneMatch(b -> b.id().startsWith("adapter:")));
	}

	@Test
	void contoso_eachHbaOnItsFabric_eachProcessorOnBoth() {
		Edge a = edge(contoso, "hba:HD-DATA/DB-HBA-A", "storage-switch:CON-FCSW-A");
		Edge b = edge(contoso, "hba:HD-DATA/DB-HBA-B", "storage-switch:CON-FCSW-B");
		assertEquals(FABRIC_A, a.colour());
		assertFalse(a.dashed());
		assertEquals(FABRIC_B, b.colour());
		assertTrue(b.dashed(), "fabric B is dashed too, for grey print");
		// 4 hosts × 1 port on the switch
		assertTrue(a.tooltip().endsWith("4 switch ports (4 hosts × 1)"), a.tooltip());
		// FC-SPA and FC-SPB name both FC switches; the iSCSI processors both iSCSI switches
		for (String processor : List.of("processor:CON-FC-SAN01/FC-SPA", "processor:CON-FC-SAN01/FC-SPB")) {
			assertEquals(FABRIC_A, edge(contoso, "storage-switch:CON-FCSW-A", processor).colour());
			assertEquals(FABRIC_B, edge(contoso, "storage-switch:CON-FCSW-B", processor).colour());
			assertTrue(inside(box(contoso, processor), box(contoso, "storage-system:CON-FC-SAN01")));
		}
		assertEquals(2, contoso.edges().stream().filter(e -> e.id().endsWith("->processor:CON-ISCSI-SAN01/ISCSI-SPA"))
				.count());
		// hosts left of switches, switches left of storage
		assertTrue(box(contoso, "host-design:HD-DATA").x() + box(contoso, "host-design:HD-DATA").width()
				< box(contoso, "storage-switch:CON-FCSW-A").x());
		assertTrue(box(contoso, "storage-switch:CON-FCSW-A").x() + box(contoso, "storage-switch:CON-FCSW-A").width()
				< box(contoso, "storage-system:CON-FC-SAN01").x());
		// the storage switches say their side
		assertEquals("fabric A · FC", box(contoso, "storage-switch:CON-FCSW-A").lines().get(1));
		assertEquals("fabric B · Ethernet", box(contoso, "storage-switch:CON-ISW-B").lines().get(1));
		assertEquals("24 ports · 16 Gbps", box(contoso, "storage-switch:CON-FCSW-A").lines().get(2));
	}

	@Test
	void contoso_legendExplainsEveryColourDrawn() {
		Set<String> colours = new HashSet<>();
		contoso.edges().forEach(e -> colours.add(e.colour()));
		contoso.boxes().forEach(b -> colours.add(b.role().fill()));
		Set<String> explained = new HashSet<>();
		contoso.legend().forEach(l -> explained.add(l.colour()));
		assertTrue(explained.containsAll(colours), "unexplained: " + colours + " vs " + explained);
		assertTrue(contoso.legend().contains(
				new LegendEntry("fabric B (its partner)", FABRIC_B, LegendEntry.Kind.DASHED_LINE)));
		assertFalse(contoso.notes().stream().anyMatch(l -> l.startsWith("Fewer than two")),
				"contoso has no single-pathed host design");
	}

	@Test
	void contoso_svgParses_everyElementBoxCarriesItsSource_idsUnique() throws Exception {
		String svg = SvgWriter.write(contoso);
		Document document = parse(svg);
		Set<String> ids = new HashSet<>();
		NodeList groups = document.getElementsByTagNameNS(SVG, "g");
		int sourced = 0;
		for (int i = 0; i < groups.getLength(); i++) {
			Element group = (Element) groups.item(i);
			if (!group.getAttribute("id").isEmpty()) {
				assertTrue(ids.add(group.getAttribute("id")), "unique id " + group.getAttribute("id"));
			}
			if (group.getAttribute("data-source").matches(".*contoso\\.ddc:\\d+")) {
				sourced++;
			}
		}
		// every box stands for a model element: 3 host designs, 6 HBAs, 4 storage switches, 3 systems, 4 processors
		assertEquals(20, contoso.boxes().size());
		assertEquals(20, sourced);
		for (Box box : contoso.boxes()) {
			assertNotNull(box.source(), box.id());
		}
		assertEquals(1151, box(contoso, "host-design:HD-DATA").source().line());
		assertEquals(1197, box(contoso, "hba:HD-DATA/DB-HBA-A").source().line());
	}

	@Test
	void contoso_noBoxesOverlap_noPathRunsThroughABox() {
		assertGeometry(contoso);
	}

	@Test
	void sameDesign_sameBytes() throws IOException {
		Diagram again = draw(input(load(EXAMPLES.resolve("contoso")), "Contoso", List.of()));
		assertEquals(SvgWriter.write(contoso), SvgWriter.write(again));
	}

	// ------------------------------------------------------------------ overlays

	@Test
	void singlePath_showsOnePath_marksTheFindingsAndTheSpof() throws IOException {
		Diagram diagram = draw(input(text(SINGLE_PATH), "single", List.of()));
		write("single-path", diagram);
		Label paths = headerLabels(diagram, "host-design:H").get(2);
		assertEquals("1 path to SAN-1", paths.text());
		assertEquals("#cc0000", paths.colour());
		assertTrue(paths.bold());
		assertTrue(diagram.notes().contains("Fewer than two paths to a SAN (red in the host design's box), so no multipath "
				+ "I/O: H (1 path to SAN-1)."), diagram.notes().toString());
		assertEquals(List.of("H", "2 hosts", "1 path to SAN-1"), header(diagram, "host-design:H"));
		assertEquals(1, diagram.edges().stream().filter(e -> e.id().startsWith("path:hba:H/")).count());
		// IPD-4-15 (one path) is on the host design's storage; IPD-4-16 (one controller) and IPD-4-19 (one FC HBA)
		// on its HBA
		Mark host = box(diagram, "host-design:H").mark();
		assertTrue(host.rules().contains("IPD-4-15"), host.rules().toString());
		Mark hba = box(diagram, "hba:H/HBA-1").mark();
		assertEquals(Severity.WARNING, hba.severity());
		assertEquals(List.of("IPD-4-16", "IPD-4-19"), hba.rules());
		// FC-A alone takes W out (both hosts lose their only path); FC-B carries no host: not a SPOF
		assertTrue(box(diagram, "storage-switch:FC-A").mark().spof());
		assertFalse(box(diagram, "storage-switch:FC-B").mark().spof());
		assertTrue(box(diagram, "storage-switch:FC-A").mark().notes()
				.contains("single point of failure: its failure alone takes out W"));
		assertTrue(SvgWriter.write(diagram).contains("class=\"storage_switch mark-warning mark-spof\""));
		assertGeometry(diagram);
	}

	@Test
	void whatIf_marksTheFailedSwitchItsPaths_andTheHostsThatLoseStorage() throws IOException {
		LoadedDesign design = load(EXAMPLES.resolve("contoso"));
		DiagramInput one = input(design, "Contoso", List.of("CON-FCSW-A"));
		Diagram diagram = draw(one);
		assertEquals(Mark.Failure.FAILED, box(diagram, "storage-switch:CON-FCSW-A").mark().failure());
		assertEquals(Mark.Failure.FAILED, edge(diagram, "hba:HD-DATA/DB-HBA-A", "storage-switch:CON-FCSW-A").mark()
				.failure());
		assertEquals(Mark.Failure.NONE, edge(diagram, "hba:HD-DATA/DB-HBA-B", "storage-switch:CON-FCSW-B").mark()
				.failure());
		// fabric B still reaches both processors: no host stops
		assertEquals(Mark.Failure.NONE, box(diagram, "host-design:HD-DATA").mark().failure());
		assertTrue(diagram.notes().stream().anyMatch(n -> n.startsWith("What if storage switch CON-FCSW-A fail: 0 host(s)")),
				diagram.notes().toString());

		Diagram both = draw(input(design, "Contoso", List.of("CON-FCSW-A", "CON-FCSW-B")));
		write("contoso-fail-fc", both);
		// HD-DATA (4 hosts) and HD-PCI (3 hosts) lose every storage path; HD-WEBAPP is on iSCSI
		assertEquals(Mark.Failure.DOWN, box(both, "host-design:HD-DATA").mark().failure());
		assertTrue(box(both, "host-design:HD-DATA").mark().notes().contains("4 of 4 hosts stop (what-if)"));
		assertEquals(Mark.Failure.DOWN, box(both, "host-design:HD-PCI").mark().failure());
		assertEquals(Mark.Failure.NONE, box(both, "host-design:HD-WEBAPP").mark().failure());
	}

	// ------------------------------------------------------------------ other storage

	@Test
	void directAttached_andSmbShares_drawnFromTheHostDesign() throws IOException {
		Diagram diagram = draw(input(text("""
				design D { platform hyperv-2012-r2 }
				storage-system DAS-1 { type das protocol sas disks 4 x 1 TB sas-10k 140 IOPS raid-10 }
				storage-system FS-1 { type nas protocol smb }
				storage-system SAN-9 { type san protocol iscsi processor SP-1 processor SP-2 }
				host-design H1 { quantity 3 storage DAS-1
					hba SAS-1 sas ports 2 speed 12 Gbps purpose host-storage }
				host-design H2 { quantity 2 storage FS-1, SAN-9 }
				host-design H3 { quantity 2 }
				"""), "other", List.of()));
		write("das-smb", diagram);
		Edge das = edge(diagram, "host-design:H1", "storage-system:DAS-1");
		assertFalse(das.dashed());
		assertEquals(List.of("DAS-1", "DAS · SAS", "one per host: 3"), box(diagram, "storage-system:DAS-1").lines());
		Edge smb = edge(diagram, "host-design:H2", "storage-system:FS-1");
		assertTrue(smb.dashed());
		assertTrue(labels(diagram).contains("SMB over the network"), labels(diagram).toString());
		assertTrue(labels(diagram).contains("direct-attached"));
		// SAN-9's processors are on no switch and H2 has no HBA: named, but no path; counted as 0 paths
		assertEquals("#cc0000", edge(diagram, "host-design:H2", "storage-system:SAN-9").colour());
		assertTrue(labels(diagram).contains("0 paths to SAN-9"));
		// the SAS HBA is drawn, on no switch
		assertEquals(List.of("SAS-1", "SAS · 2 × 12 Gbps"), box(diagram, "hba:H1/SAS-1").lines());
		// H3 has no storage at all
		assertTrue(diagram.boxes().stream().noneMatch(b -> b.id().equals("host-design:H3")));
		assertTrue(diagram.notes().contains("Not drawn, no HBA, iSCSI adapter or storage system: H3."));
		assertGeometry(diagram);
	}

	@Test
	void iscsiAdapters_onStorageAndNetworkSwitches() {
		Diagram diagram = draw(input(text("""
				design D { platform hyperv-2012-r2 }
				switch SW-1 { ports 48 }
				storage-switch ISW-1 { protocol ethernet ports 24 }
				host-design H { quantity 4
					adapter NIC-I ports 2 speed 10 Gbps purpose iscsi { port 1 storage-switch ISW-1 port 2 switch SW-1 } }
				"""), "iscsi", List.of()));
		assertEquals(List.of("NIC-I", "iSCSI NIC · 2 × 10 Gbps"), box(diagram, "adapter:H/NIC-I").lines());
		Edge storage = edge(diagram, "adapter:H/NIC-I", "storage-switch:ISW-1");
		assertEquals("#7a4f9e", storage.colour(), "a switch without a partner has a colour of its own");
		assertEquals("no partner · Ethernet", box(diagram, "storage-switch:ISW-1").lines().get(1));
		assertEquals("#4e7d3a", edge(diagram, "adapter:H/NIC-I", "switch:SW-1").colour());
		assertEquals(Role.SWITCH, box(diagram, "switch:SW-1").role());
	}

	@Test
	void noStorage_saysSo() throws Exception {
		Diagram diagram = draw(input(text("design D { platform hyperv-2012-r2 }\nhost-design H { quantity 2 }\n"),
				"empty", List.of()));
		assertTrue(diagram.boxes().isEmpty());
		assertTrue(diagram.notes().get(0).startsWith("The design declares no storage system"), diagram.notes().toString());
		parse(SvgWriter.write(diagram));
	}

	@Test
	void hostileNames_stayText() throws Exception {
		String script = "<script>alert('x')</script>";
		String formula = "=HYPERLINK(\\\"http://x\\\")";
		Diagram diagram = draw(input(text("design D { platform hyperv-2012-r2 }\n"
				+ "storage-switch \"" + formula + "\" { ports 8 }\n"
				+ "storage-system \"Speicher Ü 中\" { type san processor \"" + script + "\" switches \"" + formula + "\" }\n"
				+ "host-design \"" + script + "\" { quantity 2 storage \"Speicher Ü 中\"\n"
				+ "  hba \"a&b\" fibre-channel switch \"" + formula + "\" }\n"), "hostile", List.of()));
		write("hostile", diagram);
		String svg = SvgWriter.write(diagram);
		assertFalse(svg.contains("<script"), "markup escaped");
		Document document = parse(svg);
		String text = document.getDocumentElement().getTextContent();
		assertTrue(text.contains(script), "the name is shown as text");
		assertTrue(text.contains("=HYPERLINK(\"http://x\")"));
		assertTrue(text.contains("Speicher Ü 中"));
		assertEquals(2, diagram.edges().size());
	}

	@Test
	void brokenAndSampleDesigns_drawWithUniqueIds() throws Exception {
		for (String example : List.of("broken", "ipd-sample")) {
			Diagram diagram = draw(input(load(EXAMPLES.resolve(example)), example, List.of()));
			write(example, diagram);
			Set<String> ids = new HashSet<>();
			diagram.boxes().forEach(b -> assertTrue(ids.add(b.id()), example + ": " + b.id()));
			diagram.edges().forEach(e -> assertTrue(ids.add(e.id()), example + ": " + e.id()));
			parse(SvgWriter.write(diagram));
			assertGeometry(diagram);
		}
	}

	@Test
	void generated400Hosts_staysReadable() throws IOException {
		LoadedDesign design = DdcStandaloneSetup.injector().getInstance(DesignLoader.class).loadText(Map.of(
				"synthetic.ddc", DesignText.of(SyntheticDesignGenerator.generate(
						6650, 1))));
		DiagramInput input = input(design, "synthetic", List.of());
		Diagram diagram = draw(input);
		write("synthetic-400", diagram);
		int hosts = input.analysis().index().hostCount();
		assertTrue(hosts >= 390 && hosts <= 420, "about 400 hosts: " + hosts);
		assertGeometry(diagram);
	}

	// ------------------------------------------------------------------ helpers

	/** No two boxes overlap unless one holds the other; no path crosses a box other than its ends and their holders. */
	static void assertGeometry(Diagram diagram) {
		List<Box> boxes = diagram.boxes();
		for (int i = 0; i < boxes.size(); i++) {
			for (int j = i + 1; j < boxes.size(); j++) {
				Box a = boxes.get(i);
				Box b = boxes.get(j);
				assertTrue(!overlap(a, b) || inside(a, b) || inside(b, a), a.id() + " overlaps " + b.id());
			}
		}
		for (Edge edge : diagram.edges()) {
			String[] ends = edge.id().substring("path:".length()).split("->");
			Box from = box(diagram, ends[0]);
			Box to = box(diagram, ends[1]);
			for (Box box : boxes) {
				if (box == from || box == to || inside(from, box) || inside(to, box)) {
					continue;
				}
				List<Point> points = edge.points();
				for (int k = 1; k < points.size(); k++) {
					assertFalse(crosses(points.get(k - 1), points.get(k), box),
							edge.id() + " runs through " + box.id());
				}
			}
		}
	}

	private static boolean overlap(Box a, Box b) {
		return a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height()
				&& b.y() < a.y() + a.height();
	}

	/** The inner box lies within the outer one. */
	static boolean inside(Box inner, Box outer) {
		return inner != outer && inner.x() >= outer.x() && inner.y() >= outer.y()
				&& inner.x() + inner.width() <= outer.x() + outer.width()
				&& inner.y() + inner.height() <= outer.y() + outer.height();
	}

	/** An orthogonal segment passes through the box's inside (its border shrunk by a pixel). */
	private static boolean crosses(Point p, Point q, Box box) {
		double x0 = Math.min(p.x(), q.x());
		double x1 = Math.max(p.x(), q.x());
		double y0 = Math.min(p.y(), q.y());
		double y1 = Math.max(p.y(), q.y());
		return x0 < box.x() + box.width() - 1 && x1 > box.x() + 1 && y0 < box.y() + box.height() - 1
				&& y1 > box.y() + 1;
	}

	static Box box(Diagram diagram, String id) {
		return diagram.boxes().stream().filter(b -> b.id().equals(id)).findFirst()
				.orElseThrow(() -> new AssertionError("no box " + id + " in "
						+ diagram.boxes().stream().map(Box::id).toList()));
	}

	static Edge edge(Diagram diagram, String from, String to) {
		String id = "path:" + from + "->" + to;
		return diagram.edges().stream().filter(e -> e.id().equals(id)).findFirst()
				.orElseThrow(() -> new AssertionError("no edge " + id + " in "
						+ diagram.edges().stream().map(Edge::id).toList()));
	}

	/** The header labels of a container box: the labels that follow it in the drawing order. */
	static List<Label> headerLabels(Diagram diagram, String id) {
		List<Label> labels = new ArrayList<>();
		boolean after = false;
		for (var shape : diagram.shapes()) {
			if (shape instanceof Box box) {
				if (after) {
					break;
				}
				after = box.id().equals(id);
			} else if (after && shape instanceof Label label) {
				labels.add(label);
			}
		}
		assertTrue(box(diagram, id).lines().isEmpty(), "a container's text is its header: " + id);
		return labels;
	}

	static List<String> header(Diagram diagram, String id) {
		return headerLabels(diagram, id).stream().map(Label::text).toList();
	}

	static List<String> labels(Diagram diagram) {
		return diagram.shapes().stream().filter(Label.class::isInstance).map(s -> ((Label) s).text()).toList();
	}

	static LoadedDesign load(Path folder) {
		try {
			return DdcStandaloneSetup.injector().getInstance(DesignLoader.class).load(List.of(folder));
		} catch (Exception e) {
			throw new AssertionError("cannot load " + folder, e);
		}
	}

	static LoadedDesign text(String text) {
		return DdcStandaloneSetup.injector().getInstance(DesignLoader.class).loadText(Map.of("design.ddc", text));
	}

	/** The input as a command builds it: findings, the analysis the rules used, the what-if's components. */
	static DiagramInput input(LoadedDesign design, String name, List<String> failed) {
		List<Finding> findings = DdcStandaloneSetup.injector().getInstance(DesignValidator.class).validate(design);
		DesignAnalysis analysis = DdcStandaloneSetup.injector().getInstance(RuleRunner.class)
				.analysis(design.resourceSet());
		List<Component> components = failed.stream()
				.map(n -> analysis.failures().component(n).orElseThrow(() -> new AssertionError("no component " + n)))
				.toList();
		return DiagramInput.of(name, design, findings, analysis, components);
	}

	static Diagram draw(DiagramInput input) {
		return new StorageDiagram().build(input);
	}

	static void write(String name, Diagram diagram) throws IOException {
		Files.createDirectories(OUT);
		Files.writeString(OUT.resolve(name + ".svg"), SvgWriter.write(diagram), StandardCharsets.UTF_8);
	}

	static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}
}
