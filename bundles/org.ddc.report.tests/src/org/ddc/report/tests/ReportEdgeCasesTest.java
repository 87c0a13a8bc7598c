package org.ddc.report.tests;

import static org.ddc.report.tests.Reports.assertEmpty;
import static org.ddc.report.tests.Reports.assertNumber;
import static org.ddc.report.tests.Reports.table;
import static org.ddc.report.tests.Reports.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.ddc.report.model.Block;
import org.ddc.report.model.Checklist;
import org.ddc.report.model.Report;
import org.ddc.report.model.Row;
import org.ddc.report.model.Section;
import org.ddc.report.model.Table;
import org.ddc.rules.Catalog;
import org.junit.jupiter.api.Test;

/**
 * Small designs for what the examples do not show: a workload out of scope, a design without a reference CPU or any
 * load balancer, values the design leaves out; the same report twice; and the rules the catalog says the report
 * implements are where it says.
 */
class ReportEdgeCasesTest {
	private static final String SMALL = """
			design Small { platform hyperv-2012-r2 policy { peak-buffer 20 % growth 25 % failover-reserve N + 1 } }
			workload-group G { host-design HD }
			workload WEB { memory 4 GB cpu 10 % disk 40 GB iops 100 IOPS throughput 100 Mbps instances 2
				fault-tolerance required approach load-balancing group G }
			workload DB { memory 16 GB cpu 20 % disk 200 GB iops 1000 IOPS throughput 200 Mbps group G }
			workload LEGACY { memory 64 GB cpu 50 % disk 1 TB iops 5000 IOPS throughput 1 Gbps in-scope no group G }
			workload NEW { cpu 5 % group G }
			host-design HD { memory 64 GB quantity 3 cluster-size 3 cpu 2 x 8 cores 2.0 GHz }
			""";

	@Test
	void aWorkloadOutOfScope_hasItsColumn_butNoShareInAnyTotal() {
		Report report = Reports.ofText(SMALL);
		Table a1 = table(report, "A-1");
		assertEquals(List.of("Resource", "WEB", "DB", "LEGACY", "NEW", "Total"), a1.columns());
		assertEquals("No", text(a1, "In scope", "LEGACY"));
		assertNumber(64, a1, "Memory", "LEGACY");
		// WEB 2 × 4 GB + DB 16 GB; NEW states no memory (0); LEGACY's 64 GB left out
		assertNumber(24, a1, "Memory", "Total");
		assertNumber(2 * 40 + 200, a1, "Disk space required", "Total");
		assertNumber(2 * 100 + 1000, a1, "Disk IOps", "Total");
		assertNumber(2 * 100 + 200, a1, "Network throughput", "Total");
		assertNumber(4, a1, "VM instances", "Total");
		assertTrue(a1.notes().stream().anyMatch(n -> n.contains("3 of 4 workloads; not counted: LEGACY")), a1.notes()
				.toString());
		assertNumber(24, table(report, "A-2"), "Total memory", "G");
		// a value the design does not state is an empty cell that says so, and the notes say it counts 0
		assertEmpty("not stated in the design", a1, "Memory", "NEW");
		assertTrue(a1.notes().stream().anyMatch(n -> n.contains("memory of NEW")), a1.notes().toString());
		// the one load-balanced instance beyond the first is the only fault-tolerance extra VM; 1 reserve host
		Table size = table(report, "A-1-size");
		assertNumber(1, size, "Fault-tolerance extra VM instances (load balancing, VM-level clustering)", "VMs");
		assertNumber(4, size, "Fault-tolerance extra VM instances (load balancing, VM-level clustering)", "Memory");
		assertNumber(1, size, "Fault-tolerance extra hosts (host-level clustering: the N+k reserve)", "Hosts");
		assertNumber(24 * 1.5, size, "Total with peak buffer and growth", "Memory");
	}

	@Test
	void withoutReferenceCpu_theCpuTotalsSayWhyThereAreNone() {
		Report report = Reports.ofText(SMALL);
		String reason = "the design states no reference-cpu";
		assertEmpty(reason, table(report, "A-1"), "CPU utilization", "Total");
		assertEmpty(reason, table(report, "A-1-size"), "Total", "CPU utilization");
		assertEmpty(reason, table(report, "A-2"), "Total CPU utilization", "G");
		// the workloads' own figures are still shown as stated
		assertNumber(20, table(report, "A-1"), "CPU utilization", "DB");
		// and the sizing does not check CPU: no CPU bars
		assertTrue(Reports.section(report, "sizing").blocks().stream()
				.noneMatch(b -> b instanceof org.ddc.report.model.BarChart c && c.unit().equals("%")));
	}

	@Test
	void withoutLoadBalancersOrFirewalls_tablesA6AndA7SaySo_inTheGuidesLayout() {
		Report report = Reports.ofText(SMALL);
		Table a6 = table(report, "A-6");
		assertEquals(List.of("", "Load balancer #1"), a6.columns());
		assertEmpty("the design declares no load balancer", a6, "Load balancer type", "Load balancer #1");
		assertEmpty("the design declares no load balancer", a6, "Workloads served", "Load balancer #1");
		assertTrue(a6.notes().contains("The design declares no load balancer."));
		Table a7 = table(report, "A-7");
		assertEmpty("the design declares no firewall", a7, "Firewall type", "Firewall #1");
	}

	@Test
	void aDesignWithErrors_stillGivesItsReport_namelessAndUnresolvedElementsSaidSo() throws Exception {
		Report report = Reports.ofText("""
				design D { }
				workload { memory 4 GB group G }
				workload W2 { memory 4 GB group NOPE subnets X1 }
				workload-group G { host-design H }
				host-design H { quantity 2 memory 64 GB storage S9
					adapter A1 ports 2 { port 1 switch SW9 subnets X1 } team T1 members A1, A9
					hba B1 fibre-channel switch Q }
				subnet { cidr "1" }
				load-balancer { serves W2, Z }
				}}}
				""");
		Table a1 = table(report, "A-1");
		assertEquals(List.of("Resource", "(unnamed)", "W2", "Total"), a1.columns());
		assertEmpty("not stated in the design", a1, "Workload grouping", "W2");
		assertEmpty("not stated in the design", table(report, "A-3"), "Storage systems", "H");
		assertEquals("B1: connected to no declared storage switch", text(table(report, "A-3"), "Storage connections", "H"));
		assertEquals("W2", text(table(report, "A-6"), "Workloads served", "(unnamed)"));
		assertTrue(table(report, "placement").rows().stream().anyMatch(r -> r.cells().get(7).text()
				.contains("(unnamed)")), "the nameless workload's VM is placed as (unnamed)");
		// and the examples' typical mistakes
		Report broken = Reports.of(Reports.EXAMPLES.resolve("broken"));
		assertEquals(15, broken.sections().size());
		assertTrue(table(broken, "findings-ddc").rows().size() > 0);
	}

	@Test
	void theSameDesignTwice_givesEqualReports() {
		assertEquals(Reports.ofText(SMALL), Reports.ofText(SMALL));
	}

	@Test
	void contosoTwice_givesEqualReports() throws Exception {
		Report first = Reports.of(Reports.EXAMPLES.resolve("contoso"));
		Report second = Reports.of(Reports.EXAMPLES.resolve("contoso"));
		assertEquals(first, second);
	}

	@Test
	void everyRuleTheReportImplements_isInTheSectionAndRowTheCatalogNames() throws Exception {
		Report report = Reports.of(Reports.EXAMPLES.resolve("contoso"));
		List<String> problems = new ArrayList<>();
		for (String[] entry : Catalog.reportDerived()) {
			String id = entry[0];
			Section section = report.sections().stream().filter(s -> s.id().equals(entry[1])).findFirst()
					.orElse(null);
			if (section == null) {
				problems.add(id + ": no section " + entry[1]);
				continue;
			}
			String label = entry[2];
			if (label.isEmpty()) {
				if (section.blocks().stream().noneMatch(b -> b instanceof Checklist)) {
					problems.add(id + ": section " + entry[1] + " has no checklist");
				}
				continue;
			}
			boolean found = false;
			for (Block block : section.blocks()) {
				if (block instanceof Table table
						&& (table.row(label) != null || table.columns().contains(label))) {
					found = true;
				}
			}
			if (!found) {
				problems.add(id + ": no row or column '" + label + "' in section " + entry[1]);
			}
			assertNotNull(Catalog.load().get(id).reportPlace(), id);
		}
		assertEquals(List.of(), problems);
	}

	@Test
	void checklist_theGuidesFifteenBusinessQuestions_eachWithItsLine() throws Exception {
		Report report = Reports.ofText(SMALL);
		Checklist questions = (Checklist) Reports.section(report, "checklist").blocks().stream()
				.filter(b -> b instanceof Checklist).findFirst().orElseThrow();
		assertEquals(15, questions.items().size());
		assertEquals("Has the chosen backup design been validated by the business?", questions.items().get(13)
				.question());
		assertEquals("Dynamic Datacenter guide, Step 4, Task 4 (L448)", questions.items().get(13).source());
		questions.items().forEach(i -> assertTrue(i.source().matches(".*\\(L\\d+\\)"), i.source()));
	}

	@Test
	void findings_groupedByStep_errorsFirst_integrityChecksInTheirOwnGroup() {
		Report report = Reports.ofText(SMALL + "\nworkload BAD { memory 4 GHz }\n");
		List<String> tables = report.tables().stream().map(Table::id).filter(id -> id.startsWith("findings-"))
				.toList();
		assertTrue(tables.contains("findings-ddc"), tables.toString());
		Table ddc = table(report, "findings-ddc");
		Row unit = ddc.rows().stream().filter(r -> r.cells().get(1).text().equals("DDC-UNIT")).findFirst()
				.orElseThrow();
		assertEquals("error", unit.cells().get(0).text());
		assertTrue(unit.cells().get(2).text().startsWith("design.ddc:"), unit.cells().get(2).text());
		assertTrue(unit.cells().get(4) instanceof org.ddc.report.model.Cell.Empty empty
				&& empty.reason().contains("not a rule of the guide"), unit.cells().get(4).toString());
		for (String id : tables) {
			List<String> severities = table(report, id).rows().stream().map(r -> r.cells().get(0).text()).toList();
			List<String> sorted = new ArrayList<>(severities);
			sorted.sort(java.util.Comparator.comparingInt(List.of("error", "warning", "info")::indexOf));
			assertEquals(sorted, severities, id);
		}
		assertFalse(tables.contains("findings-other"));
	}
}
