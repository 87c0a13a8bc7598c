package org.ddc.report.writers.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.ddc.report.write.HtmlWriter;
import org.ddc.report.write.ReportFormat;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The HTML page of a hand-built report: structure, contents, row kinds, empty cells, charts, self-containment. */
class HtmlWriterTest {

	private static Document page() throws Exception {
		return Html.parse(Reports.text(Reports.write(Reports.sample(), ReportFormat.HTML), HtmlWriter.FILE));
	}

	@Test
	void contentsLinkEverySectionToItsHeading() throws Exception {
		Document page = page();
		List<String> links = Html.elements(page, "a").stream().map(a -> a.getAttribute("href")).toList();
		assertEquals(List.of("#a-1", "#sizing", "#placement", "#questions"), links);
		Set<String> ids = Html.all(page).stream().map(e -> e.getAttribute("id")).filter(id -> !id.isEmpty())
				.collect(Collectors.toSet());
		for (String link : links) {
			assertTrue(ids.contains(link.substring(1)), "no element with the id of " + link);
		}
		List<String> headings = Html.elements(page, "h2").stream().map(Element::getTextContent).toList();
		assertEquals(List.of("Contents", "Table A-1. Resource Requirements", "Sizing per cluster", "Placement",
				"Business validation"), headings);
	}

	@Test
	void rowsCarryTheirKindAndCellsTheirText() throws Exception {
		Document page = page();
		Element table = Html.withClass(page, "table", "data").get(0);
		assertEquals("Table A-1. Resource Requirements",
				table.getElementsByTagName("caption").item(0).getTextContent());
		List<Element> rows = Html.elements(page, "tr").stream().filter(r -> r.getParentNode().getNodeName()
				.equals("tbody") && table.isSameNode(r.getParentNode().getParentNode())).toList();
		assertEquals(List.of("guide", "guide", "guide", "guide", "derived", "total", "detail"),
				rows.stream().map(r -> r.getAttribute("class")).toList());
		Element memory = rows.get(1);
		assertEquals("Memory", memory.getElementsByTagName("th").item(0).getTextContent());
		List<String> memoryCells = cells(memory);
		assertEquals(List.of("4 GB", "32 GB", "36 GB"), memoryCells);
		assertEquals("num", ((Element) memory.getElementsByTagName("td").item(0)).getAttribute("class"));
		assertEquals(List.of("NET-WEB, NET-MGMT", "NET-DATA", "NET-WEB, NET-MGMT, NET-DATA"), cells(rows.get(3)));
		Element derivedLabel = (Element) rows.get(4).getElementsByTagName("th").item(0);
		assertEquals("Temperature deltaddc", derivedLabel.getTextContent(), "the derived row is marked 'ddc'");
	}

	private static List<String> cells(Element row) {
		List<String> cells = new java.util.ArrayList<>();
		for (int i = 0; i < row.getElementsByTagName("td").getLength(); i++) {
			cells.add(row.getElementsByTagName("td").item(i).getTextContent());
		}
		return cells;
	}

	@Test
	void emptyCellsShowADashWithTheNumberOfTheirReasonListedUnderTheTable() throws Exception {
		Document page = page();
		List<Element> empty = Html.withClass(page, "td", "empty");
		assertEquals(List.of("—¹", "—²", "—", "—²"), empty.stream().map(Element::getTextContent).toList());
		assertEquals("not a sum", empty.get(0).getAttribute("title"));
		assertEquals("not stated in the design", empty.get(1).getAttribute("title"));
		Element notes = Html.withClass(page, "ul", "notes").get(0);
		String text = notes.getTextContent();
		assertTrue(text.contains("—¹ not a sum"), text);
		assertTrue(text.contains("—² not stated in the design"), text);
		assertTrue(text.contains("Totals are over in-scope workloads."), text);
		assertTrue(text.contains("a row ddc derives"), text);
		assertEquals("Source: Dynamic Datacenter guide, Appendix A, Table A-1 (L537)",
				Html.withClass(page, "p", "source").get(0).getTextContent());
	}

	@Test
	void chartsDrawOneBarPerRowWithCapacityMarkAndTheOverCapacityBarMarked() throws Exception {
		Document page = page();
		Element chart = Html.withClass(page, "figure", "chart").get(0);
		assertEquals("Memory per cluster (GB)", chart.getElementsByTagName("figcaption").item(0).getTextContent());
		String legend = Html.withClass(page, "ul", "legend").get(0).getTextContent();
		assertEquals("demandN+k reservecapacityover capacity", legend);
		List<Element> bars = Html.elements(page, "tr").stream()
				.filter(r -> ((Element) r.getParentNode()).getAttribute("class").equals("bars")).toList();
		assertEquals(2, bars.size());
		assertEquals("", bars.get(0).getAttribute("class"));
		assertEquals("over", bars.get(1).getAttribute("class"));
		assertTrue(bars.get(1).getTextContent().contains("over capacity"));
		// the largest figure (364 GB) fills 420 px: demand 300 GB is 346.2 px, capacity 320 GB at 369.2 px
		Element overBar = (Element) bars.get(1).getElementsByTagName("svg").item(0);
		List<Element> rects = Html.elements(page, "rect").stream().filter(r -> overBar.isSameNode(r.getParentNode()))
				.toList();
		assertEquals(List.of("track", "s0", "s1", "overpart"), rects.stream().map(r -> r.getAttribute("class")).toList());
		assertEquals("346.2", rects.get(1).getAttribute("width"));
		assertEquals("369.2", rects.get(3).getAttribute("x"));
		Element mark = (Element) overBar.getElementsByTagName("line").item(0);
		assertEquals("369.2", mark.getAttribute("x1"));
	}

	@Test
	void thePageLoadsNothingFromElsewhereAndRunsNoScript() throws Exception {
		String html = Reports.text(Reports.write(Reports.sample(), ReportFormat.HTML), HtmlWriter.FILE);
		Document page = Html.parse(html);
		assertTrue(Html.elements(page, "script").isEmpty());
		assertTrue(Html.elements(page, "link").isEmpty());
		assertTrue(Html.elements(page, "img").isEmpty());
		for (Element element : Html.all(page)) {
			assertFalse(element.hasAttribute("src"), element.getNodeName());
			String href = element.getAttribute("href");
			assertTrue(href.isEmpty() || href.startsWith("#"), href);
		}
		String css = Html.elements(page, "style").get(0).getTextContent();
		assertFalse(css.contains("url("), "no resource in the style sheet");
		assertFalse(css.contains("@import"));
		assertTrue(css.contains("@media print"));
		assertTrue(css.contains("break-before: page"));
		assertTrue(css.contains("table-header-group"));
		assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
	}

	@Test
	void checklistAndParagraphs() throws Exception {
		Document page = page();
		List<Element> items = Html.elements(page, "li").stream()
				.filter(li -> ((Element) li.getParentNode()).getAttribute("class").equals("checklist")).toList();
		assertEquals(2, items.size());
		assertEquals("☐Has the business agreed on the workloads in scope? (Step 1, Task 1 (L103))",
				items.get(0).getTextContent());
		assertEquals("Demand with peak buffer and growth against capacity.",
				Html.withClass(page, "p", "para").get(0).getTextContent());
	}

	@Test
	void aWideTableIsPrintedInPartsOfEightColumnsEachWithTheRowLabels() throws Exception {
		List<String> columns = new java.util.ArrayList<>(List.of("Resource"));
		List<org.ddc.report.model.Cell> cells = new java.util.ArrayList<>(List.of(org.ddc.report.model.Cell.text("Memory")));
		for (int i = 1; i <= 20; i++) {
			columns.add("W" + i);
			cells.add(org.ddc.report.model.Cell.number(i, "GB", i + " GB"));
		}
		org.ddc.report.model.Table wide = new org.ddc.report.model.Table("A-1", "Wide", "", columns, null,
				List.of(new org.ddc.report.model.Row(cells, org.ddc.report.model.Row.Kind.GUIDE, "GB")), List.of());
		Document page = Html.parse(Reports.text(Reports.write(new org.ddc.report.model.Report("t", "d", List.of(),
				List.of(new org.ddc.report.model.Section("s", "S", List.of(wide)))), ReportFormat.HTML), HtmlWriter.FILE));
		List<Element> tables = Html.elements(page, "table");
		assertEquals(List.of("data", "data print-part", "data print-part", "data print-part"),
				tables.stream().map(t -> t.getAttribute("class")).toList());
		assertEquals("scroll screen-only", ((Element) tables.get(0).getParentNode()).getAttribute("class"));
		assertEquals(List.of("Wide (columns 1–8 of 20)", "Wide (columns 9–16 of 20)", "Wide (columns 17–20 of 20)"),
				tables.subList(1, 4).stream().map(t -> t.getElementsByTagName("caption").item(0).getTextContent())
						.toList());
		Element last = tables.get(3);
		assertEquals("ResourceW17W18W19W20", last.getElementsByTagName("thead").item(0).getTextContent());
		assertEquals("Memory17 GB18 GB19 GB20 GB", last.getElementsByTagName("tbody").item(0).getTextContent().strip());
	}

	@Test
	void aTableOfDdcsOwnRowsIsNotMarkedRowByRow() throws Exception {
		org.ddc.report.model.Row own = new org.ddc.report.model.Row(List.of(org.ddc.report.model.Cell.text("CL-1"),
				org.ddc.report.model.Cell.text("fits")), org.ddc.report.model.Row.Kind.DERIVED, null);
		org.ddc.report.model.Table survival = new org.ddc.report.model.Table("survival", "N+k survival", "ddc",
				List.of("Cluster", "Verdict"), null, List.of(own), List.of());
		var report = new org.ddc.report.model.Report("t", "d", List.of(),
				List.of(new org.ddc.report.model.Section("s", "S", List.of(survival))));
		String html = Reports.text(Reports.write(report, ReportFormat.HTML), HtmlWriter.FILE);
		assertTrue(Html.withClass(Html.parse(html), "span", "mark").isEmpty(), "no 'ddc' mark: every row is ddc's");
		assertFalse(html.contains("class=\"derived\""));
		String md = Reports.text(Reports.write(report, ReportFormat.MARKDOWN), "report.md");
		assertTrue(md.contains("| CL-1 | fits |"), md);
	}
}
