package org.ddc.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
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
import org.ddc.analysis.RackLayout.RackUse;
import org.ddc.analysis.failure.Component;
import org.ddc.diagram.DiagramInput;
import org.ddc.diagram.DiagramKind;
import org.ddc.diagram.Diagrams;
import org.ddc.diagram.model.Box;
import org.ddc.diagram.model.Diagram;
import org.ddc.diagram.model.Label;
import org.ddc.diagram.model.Mark.Failure;
import org.ddc.diagram.model.Role;
import org.ddc.diagram.rack.RackDiagram;
import org.ddc.diagram.svg.SvgWriter;
import org.ddc.dsl.DdcStandaloneSetup;
import org.ddc.dsl.load.DesignLoader;
import org.ddc.dsl.load.LoadedDesign;
import org.ddc.dsl.validation.DesignValidator;
import org.ddc.dsl.validation.Finding;
import org.ddc.dsl.validation.RuleRunner;
import org.ddc.rules.Severity;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The rack sheet: devices at their U positions and heights, by role, power-supply markers, power bars with the
 * analysis' figures, what cannot be drawn in a rack, marks from findings, single points of failure and what-if, and
 * the SVG it gives (well-formed, unique ids, sources, inert hostile names, deterministic, no overlapping devices).
 */
class RackDiagramTest {
	static final Path EXAMPLES = Path.of(System.getProperty("user.dir")).resolve("../../examples").normalize();
	private static final String SVG = "http://www.w3.org/2000/svg";
	private static final Set<Role> DEVICE_ROLES = Set.of(Role.HOST, Role.SWITCH, Role.STORAGE_SWITCH,
			Role.STORAGE_SYSTEM, Role.LOAD_BALANCER, Role.FIREWALL, Role.MANAGEMENT_SERVER, Role.OTHER_DEVICE);

	/** Two racks on two feeds; four 2 U hosts, two per rack; a switch with one supply on FEED-A in R1. */
	static final String TWO_RACKS = """
			design D { policy { failover-reserve N + 1 } }
			power-feed FEED-A { capacity 20 kW }
			power-feed FEED-B { capacity 20 kW }
			rack R1 { height 42 U power-budget 5 kW feed FEED-A 4 kW feed FEED-B 4 kW }
			rack R2 { height 42 U power-budget 5 kW feed FEED-A 4 kW feed FEED-B 4 kW }
			host-design H {
				quantity 4 cluster-size 4 memory 132 GB height 2 U power-draw 500 W
				power-supplies 2 redundant rating 750 W feeds FEED-A, FEED-B
				placement R1 at U 1 count 2 placement R2 at U 1 count 2
			}
			switch SW { ports 48 height 1 U power-draw 200 W power-supplies 1 feeds FEED-A placement R1 at U 40 }
			workload-group G { host-design H }
			workload WEB { memory 8 GB instances 2 group G fault-tolerance required approach load-balancing }
			workload APP { memory 8 GB group G }
			""";

	/** Two devices on U 10, one running past the rack's top, a load-balancer pair with one unit placed. */
	static final String BROKEN = """
			design D { }
			power-feed FEED-A
			rack "R<script>alert('x')</script> =HYPERLINK(1) ü 中 &" { height 12 U power-budget 2 kW feed FEED-A 2 kW }
			switch SW-1 { height 1 U power-draw 100 W power-supplies 1 feeds FEED-A
				placement "R<script>alert('x')</script> =HYPERLINK(1) ü 中 &" at U 10 }
			switch SW-2 { height 2 U power-draw 100 W power-supplies 1 feeds FEED-A
				placement "R<script>alert('x')</script> =HYPERLINK(1) ü 中 &" at U 9 }
			storage-system SAN { height 4 U placement "R<script>alert('x')</script> =HYPERLINK(1) ü 中 &" at U 11 }
			load-balancer LB { kind hardware quantity 2 height 1 U
				placement "R<script>alert('x')</script> =HYPERLINK(1) ü 中 &" at U 1 }
			""";

	static DiagramInput input(LoadedDesign design, String... failed) {
		List<Finding> findings = DdcStandaloneSetup.injector().getInstance(DesignValidator.class).validate(design);
		DesignAnalysis analysis = DdcStandaloneSetup.injector().getInstance(RuleRunner.class)
				.analysis(design.resourceSet());
		List<Component> components = new ArrayList<>();
		for (String name : failed) {
			components.add(analysis.failures().component(name).orElseThrow());
		}
		return DiagramInput.of("Test", design, findings, analysis, components);
	}

	static LoadedDesign text(String text) {
		return DdcStandaloneSetup.injector().getInstance(DesignLoader.class).loadText(Map.of("design.ddc", text));
	}

	static LoadedDesign contoso() throws Exception {
		return DdcStandaloneSetup.injector().getInstance(DesignLoader.class)
				.load(List.of(EXAMPLES.resolve("contoso")));
	}

	static Box box(Diagram diagram, String id) {
		return diagram.boxes().stream().filter(b -> b.id().equals(id)).findFirst()
				.orElseThrow(() -> new AssertionError("no box " + id + " in " + diagram.boxes().stream()
						.map(Box::id).toList()));
	}

	static List<Box> devices(Diagram diagram) {
		return diagram.boxes().stream().filter(b -> DEVICE_ROLES.contains(b.role())).toList();
	}

	static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	static List<String> labels(Diagram diagram) {
		return diagram.shapes().stream().filter(Label.class::isInstance).map(s -> ((Label) s).text()).toList();
	}

	@Test
	void isRegistered_asTheRackKind() {
		assertTrue(Diagrams.kinds().contains(DiagramKind.RACK));
		assertEquals(DiagramKind.RACK, new RackDiagram().kind());
	}

	@Test
	void eachHost_sitsAtItsUnits_fromTheBottom_withItsInstanceName() {
		Diagram diagram = new RackDiagram().build(input(text(TWO_RACKS)));
		Box rack = box(diagram, "rack:R1");
		// hosts are numbered in placement order: H-01, H-02 in R1 from U 1, H-03, H-04 in R2
		Box h02 = box(diagram, "unit:R1:U3:H-02");
		assertEquals(Role.HOST, h02.role());
		// U 3–4 of 42: its top is the top of U 4, 38 units under the rack's top, inside the frame's 4 px padding
		assertEquals(rack.y() + 4 + 38 * 14 + 0.5, h02.y(), 1e-9);
		assertEquals(2 * 14 - 1, h02.height(), 1e-9);
		assertEquals("H-02", h02.lines().get(0));
		assertEquals("2 U · 500 W", h02.lines().get(1));
		assertTrue(h02.tooltip().contains("R1, U 3–4 (2 U)"), h02.tooltip());
		assertTrue(h02.tooltip().contains("2 power supplies (redundant), 750 W each, on FEED-A, FEED-B"),
				h02.tooltip());
		box(diagram, "unit:R2:U3:H-04");
		Box sw = box(diagram, "unit:R1:U40:SW");
		assertEquals(Role.SWITCH, sw.role());
		assertEquals(rack.y() + 4 + 2 * 14 + 0.5, sw.y(), 1e-9);
		// R1 holds 2 × 2 U + 1 U: 37 empty slots; R2 38
		assertEquals(37, diagram.boxes().stream().filter(b -> b.id().startsWith("slot:R1:")).count());
		assertEquals(38, diagram.boxes().stream().filter(b -> b.id().startsWith("slot:R2:")).count());
		// the racks stand side by side in one row, in declaration order
		Box r2 = box(diagram, "rack:R2");
		assertEquals(rack.y(), r2.y(), 1e-9);
		assertTrue(r2.x() > rack.x() + rack.width());
		// U numbers every unit in a 42 U rack
		assertTrue(labels(diagram).containsAll(List.of("1", "2", "41", "42")));
	}

	@Test
	void powerSupplyMarkers_nameTheFeedOfEachSupply() {
		Diagram diagram = new RackDiagram().build(input(text(TWO_RACKS)));
		assertEquals(List.of("A"), box(diagram, "psu:R1:U1:H-01:FEED-A").lines());
		assertEquals(List.of("B"), box(diagram, "psu:R1:U1:H-01:FEED-B").lines());
		assertEquals(List.of("A"), box(diagram, "psu:R1:U40:SW:FEED-A").lines());
		assertFalse(diagram.boxes().stream().anyMatch(b -> b.id().equals("psu:R1:U40:SW:FEED-B")),
				"the switch's one supply is on FEED-A only");
		assertTrue(diagram.legend().stream().anyMatch(l -> l.label().equals("power supply on FEED-A (marker A)")));
	}

	@Test
	void circuitBars_showTheLoadAndTheWorstCase_againstTheCircuit() {
		Diagram diagram = new RackDiagram().build(input(text(TWO_RACKS)));
		// R1 on FEED-A: H-01 and H-02 share 500 W over two feeds (250 W each), the switch draws its 200 W from A
		// alone: 700 W; with FEED-B down the hosts draw all from A: 1,200 W; the circuit carries 4 kW
		Box capacity = box(diagram, "circuit:R1:0:capacity");
		Box used = box(diagram, "circuit:R1:0:used");
		Box worst = box(diagram, "circuit:R1:0:worst");
		assertEquals(700.0 / 4000, used.width() / capacity.width(), 1e-9);
		assertEquals(1200.0 / 4000, worst.width() / capacity.width(), 1e-9);
		assertTrue(labels(diagram).contains("0.7 · 1.2 / 4 kW"), labels(diagram).toString());
		// FEED-B: 500 W, 1,000 W
		assertEquals(500.0 / 4000, box(diagram, "circuit:R1:1:used").width()
				/ box(diagram, "circuit:R1:1:capacity").width(), 1e-9);
		// the rack's budget: 2 × 500 + 200 W of 5 kW
		assertTrue(labels(diagram).contains("1.2 / 5 kW"), labels(diagram).toString());
		// the feeds over all racks: FEED-A 4 × 250 + 200 W, worst 4 × 500 + 200 W, of 20 kW
		assertTrue(labels(diagram).contains("1.2 · 2.2 / 20 kW"), labels(diagram).toString());
		assertNotNull(box(diagram, "feed:FEED-A:capacity").source());
	}

	@Test
	void contoso_drawsEveryPlacedUnit_once_andNoTwoDevicesOverlap() throws Exception {
		DiagramInput input = input(contoso());
		Diagram diagram = new RackDiagram().build(input);
		int units = input.analysis().racks().racks().stream().mapToInt(r -> r.units().size()).sum();
		List<Box> devices = devices(diagram);
		assertEquals(units, devices.size());
		for (RackUse use : input.analysis().racks().racks()) {
			long empty = diagram.boxes().stream().filter(b -> b.id().startsWith("slot:" + use.rack().getName() + ":"))
					.count();
			assertEquals(use.heightU() - use.usedU(), empty, use.rack().getName());
		}
		// HD-WEBAPP: 8 hosts, four from U 5 in each of R01 and R02; HD-PCI-03 alone in R03 at U 25
		Box web05 = box(diagram, "unit:CON-R02:U5:HD-WEBAPP-05");
		assertEquals(27, web05.height(), 1e-9);
		box(diagram, "unit:CON-R01:U11:HD-WEBAPP-04");
		box(diagram, "unit:CON-R03:U25:HD-PCI-03");
		assertNoOverlap(devices);
		assertEquals(List.of(), diagram.notes().stream().filter(n -> n.contains("sharing") || n.contains("tray"))
				.toList(), "contoso places every unit once");
	}

	static void assertNoOverlap(List<Box> boxes) {
		for (int i = 0; i < boxes.size(); i++) {
			for (int j = i + 1; j < boxes.size(); j++) {
				Box a = boxes.get(i);
				Box b = boxes.get(j);
				boolean overlap = a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height()
						&& b.y() < a.y() + a.height();
				assertFalse(overlap, a.id() + " overlaps " + b.id());
			}
		}
	}

	@Test
	void svg_isWellFormed_withUniqueIds_andASourceOnEveryDevice_andTheSameBytesTwice() throws Exception {
		DiagramInput input = input(contoso());
		String svg = SvgWriter.write(new RackDiagram().build(input));
		assertEquals(svg, SvgWriter.write(new RackDiagram().build(input)));
		Document document = parse(svg);
		NodeList groups = document.getElementsByTagNameNS(SVG, "g");
		Set<String> ids = new HashSet<>();
		int devices = 0;
		for (int i = 0; i < groups.getLength(); i++) {
			Element group = (Element) groups.item(i);
			String id = group.getAttribute("id");
			if (!id.isEmpty()) {
				assertTrue(ids.add(id), "duplicate id " + id);
			}
			String role = group.getAttribute("class").split(" ")[0];
			if (Set.of("host", "switch", "storage_switch", "storage_system", "load_balancer", "firewall",
					"management_server").contains(role)) {
				devices++;
				assertTrue(group.getAttribute("data-source").matches(".*contoso\\.ddc:\\d+"), id);
				assertTrue(group.getElementsByTagNameNS(SVG, "title").getLength() == 1, id);
			}
		}
		assertEquals(input.analysis().racks().racks().stream().mapToInt(r -> r.units().size()).sum(), devices);
	}

	@Test
	void overlaps_areDrawnSideBySide_inTheErrorColour_andNothingIsDropped() {
		Diagram diagram = new RackDiagram().build(input(text(BROKEN)));
		String rack = "R<script>alert('x')</script> =HYPERLINK(1) ü 中 &";
		// SW-2 (U 9–10) and SW-1 (U 10) share U 10: half the width each, both marked as errors
		Box sw1 = box(diagram, "unit:" + rack + ":U10:SW-1");
		Box sw2 = box(diagram, "unit:" + rack + ":U9:SW-2");
		assertEquals(sw1.width(), sw2.width(), 1.5);
		assertTrue(sw1.width() < 80, "a lane of the 150 px device area");
		assertEquals(Severity.ERROR, sw1.mark().severity());
		assertEquals(Severity.ERROR, sw2.mark().severity());
		assertTrue(sw1.mark().notes().stream().anyMatch(n -> n.contains("shares rack units with SW-2 (U 9–10)")),
				sw1.mark().notes().toString());
		// the finding the rule reports on the later placement is on the device too
		assertTrue(sw1.mark().rules().contains("RACK-SPACE") || sw2.mark().rules().contains("RACK-SPACE"),
				sw1.mark() + " " + sw2.mark());
		assertNoOverlap(devices(diagram));
		// SAN U 11–14 runs past the 12 U rack: in the tray; LB-02 has no place: in the tray
		Box san = box(diagram, "outside:" + rack + ":U11:SAN");
		assertEquals(Severity.ERROR, san.mark().severity());
		assertTrue(san.lines().get(1).startsWith("U 11–14 outside"), san.lines().toString());
		Box lb = box(diagram, "unplaced:LB");
		assertEquals("1 of 2 without a place", lb.lines().get(1));
		assertTrue(lb.tooltip().contains("LB-02"), lb.tooltip());
		assertTrue(diagram.notes().stream().anyMatch(n -> n.startsWith("Units sharing rack units")), diagram.notes()
				.toString());
		// the LB unit that has a place is drawn, and the storage system's missing supplies and draw are said
		box(diagram, "unit:" + rack + ":U1:LB-01");
		assertTrue(diagram.notes().stream().anyMatch(n -> n.contains("Power draw not stated") && n.contains("LB")));
	}

	@Test
	void hostileNames_stayText() throws Exception {
		String svg = SvgWriter.write(new RackDiagram().build(input(text(BROKEN))));
		assertFalse(svg.contains("<script"), "markup in a name is escaped");
		Document document = parse(svg);
		NodeList texts = document.getElementsByTagNameNS(SVG, "text");
		boolean found = false;
		for (int i = 0; i < texts.getLength(); i++) {
			found |= texts.item(i).getTextContent().startsWith("R<script>alert('x')");
		}
		assertTrue(found, "the rack's name is drawn as text");
		assertEquals(0, document.getElementsByTagNameNS(SVG, "script").getLength());
	}

	@Test
	void aRack_thatIsASinglePointOfFailure_isMarked() {
		Diagram diagram = new RackDiagram().build(input(text(TWO_RACKS)));
		// APP's one VM runs on H-01 in R1: R1 alone takes it out
		assertTrue(box(diagram, "rack:R1").mark().spof(), box(diagram, "rack:R1").mark().toString());
		assertFalse(box(diagram, "unit:R1:U1:H-01").mark().spof(), "a host alone is covered by N+1");
	}

	@Test
	void whatIf_aFeedFails_itsMarkersAndBarsAreCrossed_andTheSwitchOnItAloneStops() {
		Diagram diagram = new RackDiagram().build(input(text(TWO_RACKS), "FEED-A"));
		assertEquals(Failure.FAILED, box(diagram, "psu:R1:U1:H-01:FEED-A").mark().failure());
		assertEquals(Failure.NONE, box(diagram, "psu:R1:U1:H-01:FEED-B").mark().failure());
		assertEquals(Failure.FAILED, box(diagram, "circuit:R1:0:capacity").mark().failure());
		assertEquals(Failure.FAILED, box(diagram, "feed:FEED-A:capacity").mark().failure());
		Box sw = box(diagram, "unit:R1:U40:SW");
		assertEquals(Failure.DOWN, sw.mark().failure());
		assertTrue(sw.mark().notes().contains("stops (what-if): without power (FEED-A, its only supply's feed)"),
				sw.mark().notes().toString());
		// the hosts have a second supply on FEED-B
		assertEquals(Failure.NONE, box(diagram, "unit:R1:U1:H-01").mark().failure());
		assertTrue(diagram.notes().stream().anyMatch(n -> n.startsWith("What if power feed FEED-A fail")),
				diagram.notes().toString());
	}

	@Test
	void whatIf_aRackFails_itIsCrossed_andEverythingInItStops() {
		Diagram diagram = new RackDiagram().build(input(text(TWO_RACKS), "R1"));
		assertEquals(Failure.FAILED, box(diagram, "rack:R1").mark().failure());
		assertEquals(Failure.DOWN, box(diagram, "unit:R1:U1:H-01").mark().failure());
		assertEquals(Failure.DOWN, box(diagram, "unit:R1:U40:SW").mark().failure());
		assertEquals(Failure.NONE, box(diagram, "unit:R2:U1:H-03").mark().failure());
		// one failed host: that unit alone
		Diagram host = new RackDiagram().build(input(text(TWO_RACKS), "H-02"));
		assertEquals(Failure.FAILED, box(host, "unit:R1:U3:H-02").mark().failure());
		assertEquals(Failure.NONE, box(host, "unit:R1:U1:H-01").mark().failure());
	}

	@Test
	void aDesignWithoutRacks_saysSo() {
		Diagram diagram = new RackDiagram().build(input(text("design D { }")));
		assertTrue(diagram.boxes().isEmpty());
		assertTrue(diagram.notes().get(0).contains("declares no racks"), diagram.notes().toString());
		assertTrue(SvgWriter.write(diagram).contains("declares no racks"));
	}

	private static DiagramInput generated;

	/** A generated design of 2,200 workloads: about 40 racks (made once; it takes seconds). */
	private static synchronized DiagramInput generated() {
		if (generated == null) {
			String text = org.ddc.generate.DesignText.of(org.ddc.generate.SyntheticDesignGenerator.generate(2200, 1));
			var injector = org.ddc.dsl.DdcStandaloneSetup.injector();
			var design = injector.getInstance(org.ddc.dsl.load.DesignLoader.class)
					.loadText(java.util.Map.of("synthetic-2200.ddc", text));
			var findings = injector.getInstance(org.ddc.dsl.validation.DesignValidator.class).validate(design);
			var analysis = injector.getInstance(org.ddc.dsl.validation.RuleRunner.class).analysis(design.resourceSet());
			generated = DiagramInput.of("synthetic-2200", design, findings, analysis, List.of());
		}
		return generated;
	}

	@Test
	void manyRacks_wrapIntoRowsOfAtMostTwelve() {
		DiagramInput input = generated();
		Diagram diagram = new RackDiagram().build(input);
		List<Box> racks = diagram.boxes().stream().filter(b -> b.role() == Role.RACK).toList();
		int count = input.analysis().racks().racks().size();
		assertEquals(count, racks.size());
		assertTrue(count >= 34 && count <= 48, "the benchmark's design has about 40 racks: " + count);
		long rows = racks.stream().map(b -> b.y() + b.height()).distinct().count();
		assertEquals((count + RackDiagram.PER_ROW - 1) / RackDiagram.PER_ROW, rows);
		assertNoOverlap(devices(diagram));
	}

	/** Renders the sheets to SVG files under the build folder, for a person (and the PNG script) to look at. */
	@Test
	void writesTheSheets_forAPersonToLookAt() throws Exception {
		Path out = Path.of(System.getProperty("user.dir"), "target", "diagrams", "rack");
		Files.createDirectories(out);
		Files.writeString(out.resolve("contoso.svg"), SvgWriter.write(new RackDiagram().build(input(contoso()))));
		Files.writeString(out.resolve("contoso-fail-R01.svg"),
				SvgWriter.write(new RackDiagram().build(input(contoso(), "CON-R01", "CON-FEED-A"))));
		Files.writeString(out.resolve("broken.svg"), SvgWriter.write(new RackDiagram().build(input(text(BROKEN)))));
		Files.writeString(out.resolve("synthetic.svg"), SvgWriter.write(new RackDiagram()
				.build(generated())));
		assertTrue(Files.size(out.resolve("contoso.svg")) > 10_000);
	}
}
