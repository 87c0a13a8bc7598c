package org.ddc.report.writers.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.ddc.report.model.Figure;
import org.ddc.report.model.Paragraph;
import org.ddc.report.model.Report;
import org.ddc.report.model.Section;
import org.ddc.report.write.HtmlWriter;
import org.ddc.report.write.MarkdownWriter;
import org.ddc.report.write.ReportFormat;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Diagrams in the report: inline in the HTML page (copied through the escaping writer), files next to Markdown. */
class FigureTest {

	/** An SVG as ddc writes it, with a hostile name in a tooltip, plus what ddc never writes: script, HTML, a handler. */
	private static final String SVG = """
			<?xml version="1.0" encoding="UTF-8"?>
			<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100">
			<title>Network topology — &lt;script&gt;alert(1)&lt;/script&gt;</title>
			<g id="d-network_3a_SW" class="switch" onclick="alert(2)"><title>SW &amp; "A" =HYPERLINK("x")</title>\
			<rect x="0" y="0" width="50" height="20" fill="#d9ead3"/></g>
			<script>alert(3)</script>
			<foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml">html</div></foreignObject>
			</svg>
			""";

	private static Report report() {
		return new Report("contoso — Dynamic Datacenter design", "contoso", List.of("contoso.ddc"),
				List.of(new Section("diagrams", "Diagrams",
						List.of(new Paragraph("Drawn from the design."), new Figure("network", "Network topology", SVG)))));
	}

	@Test
	void html_inlinesTheSvg_escaped_withoutScriptsHtmlOrHandlers() throws Exception {
		String html = Reports.text(Reports.write(report(), ReportFormat.HTML), HtmlWriter.FILE);
		Document page = Html.parse(html);
		Element figure = Html.all(page).stream().filter(e -> e.getAttribute("id").equals("figure-network"))
				.findFirst().orElseThrow();
		Element svg = (Element) figure.getElementsByTagName("svg").item(0);
		assertEquals("200", svg.getAttribute("width"));
		assertEquals("Network topology — <script>alert(1)</script>",
				svg.getElementsByTagName("title").item(0).getTextContent());
		assertEquals("SW & \"A\" =HYPERLINK(\"x\")", svg.getElementsByTagName("title").item(1).getTextContent());
		assertEquals("Network topology", figure.getElementsByTagName("figcaption").item(0).getTextContent());
		assertTrue(Html.elements(page, "script").isEmpty(), "no script element");
		assertTrue(page.getElementsByTagName("foreignObject").getLength() == 0 && !html.contains("<div"), html);
		assertTrue(!html.contains("onclick") && !html.contains("alert(2)") && !html.contains("alert(3)"), html);
	}

	@Test
	void markdown_linksTheSvgFile_writtenNextToIt() throws Exception {
		Map<String, byte[]> files = Reports.write(report(), ReportFormat.MARKDOWN);
		assertTrue(Reports.text(files, MarkdownWriter.FILE).contains("![Network topology](diagrams/network.svg)\n"));
		assertEquals(SVG, new String(files.get("diagrams/network.svg"), StandardCharsets.UTF_8));
	}
}
