package org.ddc.report.writers.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ddc.report.write.MarkdownWriter;
import org.ddc.report.write.ReportFormat;
import org.junit.jupiter.api.Test;

/** GitHub-flavoured Markdown of a hand-built report. */
class MarkdownWriterTest {

	private static String markdown() throws Exception {
		return Reports.text(Reports.write(Reports.sample(), ReportFormat.MARKDOWN), MarkdownWriter.FILE);
	}

	@Test
	void headingsAndContentsWithAnchors() throws Exception {
		String md = markdown();
		assertTrue(md.startsWith("# contoso — Dynamic Datacenter design\n\nDesign: contoso  \n"
				+ "File: examples/contoso/contoso.ddc\n\n## Contents\n\n"
				+ "1. [Table A-1. Resource Requirements](#a-1)\n2. [Sizing per cluster](#sizing)\n"), md);
		assertTrue(md.contains("\n<a id=\"a-1\"></a>\n\n## Table A-1. Resource Requirements\n"), md);
	}

	@Test
	void tablesAsPipeTablesWithRowKindsAndEmptyReasons() throws Exception {
		String md = markdown();
		List<String> lines = md.lines().toList();
		int header = lines.indexOf("| Requirement | WEB-01 | SQL-01 | Total |");
		assertEquals(List.of(
				"| Requirement | WEB-01 | SQL-01 | Total |",
				"| --- | --- | --- | --- |",
				"| Application | Intranet | Database | —¹ |",
				"| Memory | 4 GB | 32 GB | 36 GB |",
				"| Disk | 80 GB | 1.5 TB | —² |",
				"| Subnets | NET-WEB, NET-MGMT | NET-DATA | NET-WEB, NET-MGMT, NET-DATA |",
				"| *Temperature delta* (ddc) | \\-5 K | — | —² |",
				"| **Total with peak buffer and growth** | **6 GB** | **48 GB** | **54 GB** |",
				"| &emsp;of which reserve | 1.25 GB | 2 | 3.25 GB |",
				"",
				"Source: Dynamic Datacenter guide, Appendix A, Table A-1 (L537)",
				"",
				"- —¹ not a sum",
				"- —² not stated in the design",
				"- (ddc) a row ddc derives; the guide's table has no such row",
				"- Totals are over in-scope workloads."), lines.subList(header, header + 16));
		assertTrue(md.contains("| Host | Memory | CPU | VMs |\n| --- | ---: | ---: | ---: |\n"),
				"columns of numbers right-aligned");
	}

	@Test
	void chartsAsACompactTableAndChecklistsAsTaskLists() throws Exception {
		String md = markdown();
		assertTrue(md.contains("**Memory per cluster (GB)**\n\n"
				+ "|  | demand | N+k reserve | capacity |  |\n"
				+ "| --- | ---: | ---: | ---: | --- |\n"
				+ "| CL-WEB | 180 | 32 | 256 | 212 of 256 GB, 83 % |\n"
				+ "| CL-DATA | 300 | 64 | 320 | **⚠ over capacity:** 364 of 320 GB, 114 % |\n"), md);
		assertTrue(md.contains("- [ ] Has the business agreed on the workloads in scope? — *Step 1, Task 1 (L103)*\n"),
				md);
	}
}
