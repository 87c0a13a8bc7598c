package org.ddc.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.ddc.diagram.DiagramKind;
import org.ddc.diagram.HitMap;
import org.ddc.diagram.model.Box;
import org.ddc.diagram.model.Diagram;
import org.ddc.diagram.model.Edge;
import org.ddc.diagram.model.LegendEntry;
import org.ddc.diagram.model.Mark;
import org.ddc.diagram.model.Point;
import org.ddc.diagram.model.Role;
import org.ddc.diagram.model.Source;
import org.ddc.diagram.model.TextFit;
import org.ddc.diagram.svg.SvgWriter;
import org.ddc.rules.Severity;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgWriterTest {

	private static final String HOSTILE = "<script>alert('x')</script> & \"q\" =HYPERLINK(\"http://x\") \u0007bell ü 中";

	private static Diagram diagram(String name, Mark mark) {
		Box host = new Box("host:" + name, Role.HOST, 10, 20, 120, 40, List.of(TextFit.fit(name, 116, 11)), name,
				mark, new Source("design/" + name + ".ddc", "file:/tmp/x.ddc", 100, 50, 7, name));
		Box frame = new Box("rack:R1", Role.RACK, 0, 0, 300, 200, List.of(), "rack R1", Mark.NONE, null);
		Edge link = new Edge("link:1", List.of(new Point(130, 40), new Point(200, 40), new Point(200, 100)), "#336699",
				2, false, "link " + name, Mark.NONE);
		return new Diagram(DiagramKind.NETWORK, "Network topology — " + name, 300, 200, List.of(frame, host, link),
				List.of(LegendEntry.of(Role.HOST)), List.of("note about " + name));
	}

	private static final String SVG = "http://www.w3.org/2000/svg";

	/** The first group of that class. */
	private static Element group(Document document, String cssClass) {
		NodeList groups = document.getElementsByTagNameNS(SVG, "g");
		for (int i = 0; i < groups.getLength(); i++) {
			Element group = (Element) groups.item(i);
			if (group.getAttribute("class").equals(cssClass)) {
				return group;
			}
		}
		throw new AssertionError("no group of class " + cssClass);
	}

	private static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void hostileNames_giveWellFormedSvg_withTheNameAsText() throws Exception {
		String svg = SvgWriter.write(diagram(HOSTILE, Mark.NONE));
		assertFalse(svg.contains("<script"), svg);
		Document document = parse(svg);
		NodeList titles = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title");
		boolean found = false;
		for (int i = 0; i < titles.getLength(); i++) {
			// the bell (U+0007) cannot be carried by XML 1.0: it becomes U+FFFD, the rest is the name as written
			found |= titles.item(i).getTextContent().equals(HOSTILE.replace('\u0007', '\uFFFD'));
		}
		assertTrue(found, "a <title> carries the whole name");
		Element group = group(document, "host");
		assertEquals("design/" + HOSTILE.replace('\u0007', '\uFFFD') + ".ddc:7", group.getAttribute("data-source"));
	}

	@Test
	void sameDiagram_sameBytes() {
		assertEquals(SvgWriter.write(diagram("HD-WEB", Mark.NONE)), SvgWriter.write(diagram("HD-WEB", Mark.NONE)));
	}

	@Test
	void marks_drawnAndExplained_inTheLegendAndTooltip() throws Exception {
		Mark mark = new Mark(Severity.ERROR, List.of("IPD-2-10"), true, Mark.Failure.NONE,
				List.of("errors: IPD-2-10", "single point of failure: its failure alone takes out W1"));
		String plain = SvgWriter.write(diagram("HD-WEB", Mark.NONE));
		String marked = SvgWriter.write(diagram("HD-WEB", mark));
		assertFalse(plain.contains("has errors"), "no legend entry for marks the drawing does not use");
		assertTrue(marked.contains("has errors (rule IDs in its tooltip)") && marked.contains("single point of failure"),
				marked);
		assertTrue(marked.contains("class=\"host mark-error mark-spof\""), marked);
		Element host = group(parse(marked), "host mark-error mark-spof");
		assertEquals("HD-WEB\nerrors: IPD-2-10\nsingle point of failure: its failure alone takes out W1",
				host.getElementsByTagNameNS(SVG, "title").item(0).getTextContent());
	}

	@Test
	void hitMap_findsTheInnermostBox_inSvgCoordinates() {
		HitMap map = HitMap.of(diagram("HD-WEB", Mark.NONE));
		// the host box is at (10, 20) in the drawing, which the SVG moves by the margin and the header
		double x = 10 + SvgWriter.MARGIN + 5;
		double y = 20 + SvgWriter.HEADER + 5;
		assertEquals("host:HD-WEB", map.at(x, y).orElseThrow().id());
		assertEquals(7, map.at(x, y).orElseThrow().source().line());
		assertEquals("rack:R1", map.at(SvgWriter.MARGIN + 250, SvgWriter.HEADER + 150).orElseThrow().id());
		assertTrue(map.at(1, 1).isEmpty(), "the title band holds no element");
	}

	@Test
	void textFit_cutsWithAnEllipsis() {
		assertEquals("HD-WEB", TextFit.fit("HD-WEB", 100, 10));
		String cut = TextFit.fit("A-VERY-LONG-HOST-DESIGN-NAME", 60, 10);
		assertTrue(cut.endsWith("…") && TextFit.width(cut, 10) <= 60, cut);
	}
}
