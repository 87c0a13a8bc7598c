package org.ddc.report.tests;

import static org.ddc.report.tests.Reports.assertContains;
import static org.ddc.report.tests.Reports.assertNumber;
import static org.ddc.report.tests.Reports.cell;
import static org.ddc.report.tests.Reports.row;
import static org.ddc.report.tests.Reports.table;
import static org.ddc.report.tests.Reports.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ddc.report.model.BarChart;
import org.ddc.report.model.Cell;
import org.ddc.report.model.Report;
import org.ddc.report.model.Row;
import org.ddc.report.model.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report of examples/contoso against figures worked out by hand from the file: its 40 workloads (153 VMs) added
 * up per Table A-1 row and per group, the comments' group totals (Step 2) and storage demand (Step 4), the host
 * designs, and the Table A-4 counts.
 */
class ContosoReportTest {
	private static Report report;

	@BeforeAll
	static void build() throws Exception {
		report = Reports.of(Reports.EXAMPLES.resolve("contoso"));
	}

	@Test
	void diagrams_oneFigurePerKind_withTheDesignsElements() {
		List<org.ddc.report.model.Figure> figures = report.figures();
		assertEquals(org.ddc.diagram.Diagrams.kinds().stream().map(k -> k.id()).toList(),
				figures.stream().map(f -> f.id()).toList());
		for (org.ddc.report.model.Figure figure : figures) {
			assertTrue(figure.svg().startsWith("<?xml") && figure.svg().contains("<svg xmlns"), figure.id());
		}
		// the storage paths name contoso's SANs, the network its core switches
		assertTrue(figures.stream().anyMatch(f -> f.id().equals("storage") && f.svg().contains("CON-FC-SAN01")));
		assertTrue(figures.stream().anyMatch(f -> f.id().equals("network") && f.svg().contains("CON-SW-A1")));
	}

	@Test
	void sections_comeInTheGuidesOrder_thenTheAnalysis() {
		assertEquals(List.of("overview", "a-1", "a-2", "a-3", "a-4", "a-5", "a-6", "a-7", "sizing", "placement",
				"survival", "failures", "diagrams", "findings", "checklist"),
				report.sections().stream().map(s -> s.id()).toList());
		assertEquals("Contoso Dynamic Datacenter", report.designName());
		assertEquals(List.of("examples/contoso/contoso.ddc"),
				report.sourceFiles().stream().map(f -> f.replace('\\', '/').replaceAll("^.*(examples/)", "$1"))
						.toList());
	}

	@Test
	void tableA1_totalAddsUpEveryWorkloadInScope_everyInstanceCounted() {
		Table a1 = table(report, "A-1");
		// 40 workloads, one column each, and the Total
		assertEquals(42, a1.columns().size());
		assertEquals("Total", a1.columns().get(41));
		// by hand over the 40 workloads (per VM × instances): 2,056 GB, 375 %, 38,536 GB, 51,780 IOPS, 13,390 Mbps,
		// 153 VMs. The Step 2 comments give the groups 1,008 + 832 + 216 GB (GRP-WEBAPP's 1,024 GB less its two
		// 8 GB RD server VMs, which are no workload); the Step 4 comments give 12,930 + 38,850 IOPS
		assertNumber(2056, a1, "Memory", "Total");
		assertNumber(375, a1, "CPU utilization", "Total");
		assertNumber(38_536, a1, "Disk space required", "Total");
		assertNumber(51_780, a1, "Disk IOps", "Total");
		assertNumber(13_390, a1, "Network throughput", "Total");
		assertNumber(153, a1, "VM instances", "Total");
		// a column counts all instances of its workload: SP-WFE is 3 VMs of 16 GB
		assertNumber(48, a1, "Memory", "SP-WFE");
		assertEquals("48 GB (3 × 16 GB)", text(a1, "Memory", "SP-WFE"));
		assertNumber(3, a1, "VM instances", "SP-WFE");
		// the union of the subnets: WEB, APP, DMZ, VDI, DB and the three PCI subnets, each once
		assertEquals(8, ((Cell.Items) cell(a1, "Network subnets", "Total")).items().size());
		assertContains("CON-NET-APP (10.20.20.0/23)", a1, "Network subnets", "Total");
		assertEquals("Load Balancing", text(a1, "Fault-tolerance approach", "SP-WFE"));
		assertEquals("Yes (CON-PCI-CDE)", text(a1, "Isolation requirements", "PAY-WEB"));
		assertEquals("GRP-DATA", text(a1, "Workload grouping", "SQL-ERP"));
		assertTrue(cell(a1, "Application name", "Total") instanceof Cell.Empty, "text rows have no total");
	}

	@Test
	void initialSize_addsPeakBufferAndGrowth_andTheFaultToleranceExtras() {
		Table size = table(report, "A-1-size");
		// × 1.2 × 1.25 = 1.5 on memory, CPU, IOPS and throughput; disk space × 1.25 (growth only)
		assertNumber(2056 * 1.5, size, "Total with peak buffer and growth", "Memory");
		assertNumber(562.5, size, "Total with peak buffer and growth", "CPU utilization");
		assertNumber(48_170, size, "Total with peak buffer and growth", "Disk space required");
		assertNumber(77_670, size, "Total with peak buffer and growth", "Disk IOps");
		// extra VMs: every instance after the first of the 13 load-balanced workloads (16) and the 4 VM-clustered
		// SQL guest clusters (4); their memory 184 GB + 320 GB
		assertNumber(20, size, "Fault-tolerance extra VM instances (load balancing, VM-level clustering)", "VMs");
		assertNumber(504, size, "Fault-tolerance extra VM instances (load balancing, VM-level clustering)", "Memory");
		// extra hosts: N+1 in each of the three clusters
		assertNumber(3, size, "Fault-tolerance extra hosts (host-level clustering: the N+k reserve)", "Hosts");
		assertEquals(Row.Kind.TOTAL, row(size, "Total").kind());
		assertEquals(Row.Kind.DERIVED, row(size, "Total with peak buffer and growth").kind());
	}

	@Test
	void tableA2_perGroup_matchesTheStep2Comments() {
		Table a2 = table(report, "A-2");
		assertEquals(List.of("Workload grouping name", "GRP-WEBAPP", "GRP-DATA", "GRP-PCI"), a2.columns());
		assertNumber(1008, a2, "Total memory", "GRP-WEBAPP");
		assertNumber(232, a2, "Total CPU utilization", "GRP-WEBAPP");
		assertNumber(12_930, a2, "Total disk IOps", "GRP-WEBAPP");
		assertNumber(131, a2, "VM instances", "GRP-WEBAPP");
		assertNumber(832, a2, "Total memory", "GRP-DATA");
		assertNumber(108, a2, "Total CPU utilization", "GRP-DATA");
		assertNumber(32_400, a2, "Total disk IOps", "GRP-DATA");
		assertNumber(12, a2, "VM instances", "GRP-DATA");
		assertNumber(216, a2, "Total memory", "GRP-PCI");
		assertNumber(35, a2, "Total CPU utilization", "GRP-PCI");
		assertNumber(6_450, a2, "Total disk IOps", "GRP-PCI");
		assertNumber(10, a2, "VM instances", "GRP-PCI");
		// the Step 4 comment's FC SAN data: GRP-DATA and GRP-PCI, 14.9 TB
		assertEquals(14.9 * 1024, Reports.number(a2, "Total disk space required", "GRP-DATA")
				+ Reports.number(a2, "Total disk space required", "GRP-PCI"), 0.05 * 1024);
		assertEquals("CON-NET-DB (10.20.30.0/24)", text(a2, "Network subnets", "GRP-DATA"));
		assertEquals("CON-PCI-CDE (physical)", text(a2, "Isolation", "GRP-PCI"));
		assertEquals("HD-PCI, cluster CON-CL-PCI", text(a2, "Host design", "GRP-PCI"));
		assertTrue(a2.notes().stream().anyMatch(n -> n.contains("CON-RDS#1, CON-RDS#2")),
				"the RD servers run on GRP-WEBAPP's hosts but are no workload");
	}

	@Test
	void tableA3_everyRow_perHostDesign() {
		Table a3 = table(report, "A-3");
		assertEquals(List.of("", "HD-WEBAPP", "HD-DATA", "HD-PCI"), a3.columns());
		assertNumber(8, a3, "Quantity, if clustered at host level", "HD-WEBAPP");
		assertEquals("8 (CON-CL-WEBAPP: 8 hosts, N+1 (policy))",
				text(a3, "Quantity, if clustered at host level", "HD-WEBAPP"));
		assertEquals("Rack", text(a3, "Form factor", "HD-DATA"));
		assertEquals("32 × 2.6 GHz (2 × 16 cores, 2 threads per core, Intel)", text(a3, "CPU", "HD-PCI"));
		assertNumber(512, a3, "Memory", "HD-DATA");
		assertEquals("Redundant (2 supplies; feeds CON-FEED-A, CON-FEED-B)", text(a3, "Power supplies", "HD-PCI"));
		assertEquals("8 × 1 port (8 ports)", text(a3, "Network adapters", "HD-WEBAPP"));
		// HD-WEBAPP: the live-migration/backup team has one port on each of CON-SW-A1 and CON-SW-B1
		assertContains("2 ports on CON-NET-LIVEMIG (10.10.40.0/24): live migration", a3, "Network access available",
				"HD-WEBAPP");
		assertContains("1 port on CON-NET-HOSTMGMT (10.10.10.0/24): host management", a3,
				"Network access available", "HD-DATA");
		assertContains("WEB-TEAM-HOST: WEB-NIC-HOST-A (CON-SW-A1), WEB-NIC-HOST-B (CON-SW-B1); load balancing", a3,
				"Network teaming", "HD-WEBAPP");
		assertEquals("CON-ISCSI-SAN01", text(a3, "Storage systems", "HD-WEBAPP"));
		assertEquals("1 HBA connected to CON-FCSW-A (1 port, Fibre Channel), 1 HBA connected to CON-FCSW-B (1 port, "
				+ "Fibre Channel)", text(a3, "Storage connections", "HD-DATA"));
		assertContains("1 HBA connected to CON-ISW-A (1 port, iSCSI, subnet CON-NET-ISCSI-A (10.10.70.0/24))", a3,
				"Storage connections", "HD-WEBAPP");
		assertNumber(8, a3, "Hosts needed (peak buffer, growth and N+k)", "HD-WEBAPP");
		assertNumber(4, a3, "Hosts needed (peak buffer, growth and N+k)", "HD-DATA");
		assertNumber(3, a3, "Hosts needed (peak buffer, growth and N+k)", "HD-PCI");
		assertContains("redundant power supplies, redundant fans, ECC memory, battery backup", a3,
				"Fault-tolerant components", "HD-WEBAPP");
		assertContains("on each of 8 hosts", a3, "Fault-tolerant components", "HD-WEBAPP");
	}

	@Test
	void tableA4_countsAsTheGuidesLifecycle_withTheBreakdownBehindEachCount() {
		Table a4 = table(report, "A-4");
		// 15 hosts; all guests in scope: 65 server VMs and 88 desktops; 15 management servers (2 domain controllers)
		assertCount(183, a4, "Authenticating to the domain controllers");
		assertCount(183, a4, "Querying DNS");
		assertCount(15, a4, "Hosts managed by VMM");
		// every VM the sizing places: 153 workload VMs and the 2 RD server VMs
		assertCount(155, a4, "Virtual machines managed by VMM");
		assertCount(183, a4, "Managed by ConfigMgr");
		assertCount(15, a4, "Managed by MDT");
		assertCount(15, a4, "Serviced by OVMST");
		assertCount(183, a4, "Monitored by OpsMgr");
		// hosts and the 13 physical management servers (CON-RDS runs as two VMs)
		assertCount(28, a4, "Monitored by hardware management");
		// the detail rows under "Monitored by OpsMgr", in order
		List<Row> rows = a4.rows();
		int opsMgr = rows.indexOf(row(a4, "Monitored by OpsMgr"));
		List<String> details = rows.subList(opsMgr + 1, opsMgr + 9).stream()
				.map(r -> r.label() + " = " + r.cells().get(1).text()).toList();
		assertEquals(List.of("physical virtualization hosts (Table A-3) = 15",
				"server guest VMs in management scope = 65", "VDI desktop guest VMs in management scope = 88",
				"domain controllers = 2", "other management servers = 13",
				"for the Operations Manager guide (L331): domain controllers = 2",
				"for the Operations Manager guide (L331): member servers = 93",
				"for the Operations Manager guide (L331): workstations = 88"), details);
		rows.subList(opsMgr + 1, opsMgr + 9).forEach(r -> assertEquals(Row.Kind.DETAIL, r.kind(), r.label()));
		int vmm = rows.indexOf(row(a4, "Virtual machines managed by VMM"));
		assertEquals("managed by VMM instance CON-VMM-INSTANCE", rows.get(vmm + 4).label());
		assertEquals("155", rows.get(vmm + 4).cells().get(1).text());
		assertCount(1, a4, "Servers running Configuration Manager");
		assertCount(1, a4, "Servers running MDT");
		assertCount(2, a4, "Servers running OVMST");
		assertFalse(Reports.labels(a4).contains("Total"), "a computer is in several rows: no total");
	}

	private static void assertCount(double expected, Table table, String label) {
		assertNumber(expected, table, label, "Quantity included");
	}

	@Test
	void tableA5_portsPerSubnet_fromWhere_andTheSwitchPairsCapacity() {
		Table a5 = table(report, "A-5");
		assertEquals(23, a5.columns().size());
		assertEquals("Host management", text(a5, "Purpose", "CON-NET-HOSTMGMT"));
		assertEquals("10.20.20.0/23", text(a5, "IP range", "CON-NET-APP"));
		// CON-NET-HOSTMGMT: the management adapters of HD-WEBAPP (8 hosts) and HD-DATA (4; HD-PCI has its own
		// VLAN), the two interfaces of 11 management server units (DC01, DC02, VMM × 2, SCOM × 2, SQL-SC × 2, SCCM,
		// MDT, HWMGMT × 2 = 24) and CON-FW's interfaces on A1 and B1 (2 units each)
		assertNumber(40, a5, "Number of ports required", "CON-NET-HOSTMGMT");
		assertNumber(12, a5, "from host adapter ports", "CON-NET-HOSTMGMT");
		assertEquals("12 (HD-WEBAPP 8, HD-DATA 4)", text(a5, "from host adapter ports", "CON-NET-HOSTMGMT"));
		assertNumber(24, a5, "from management server interfaces", "CON-NET-HOSTMGMT");
		assertNumber(4, a5, "from firewall interfaces", "CON-NET-HOSTMGMT");
		// CON-NET-STORMGMT: the management ports of the two SANs and the four storage switches
		assertNumber(6, a5, "Number of ports required", "CON-NET-STORMGMT");
		assertEquals("CON-SW-A1, CON-SW-B1", text(a5, "Assigned to switch", "CON-NET-HOSTMGMT"));
		assertEquals("CON-ISW-A (storage switch)", text(a5, "Assigned to switch", "CON-NET-ISCSI-A"));
		assertNumber(10, a5, "VLAN", "CON-NET-HOSTMGMT");
		// the comments: pair 1 uses 65 of 96 ports per switch, pair 2 19 of 48
		assertEquals("CON-SW-A1: 96 ports (65 in use), CON-SW-B1: 96 ports (65 in use)",
				text(a5, "Switch port capacity", "CON-NET-BACKUP"));
		assertNumber(2 * 31, a5, "Free ports on the assigned switches", "CON-NET-BACKUP");
		assertNumber(2 * 29, a5, "Free ports on the assigned switches", "CON-NET-WEB");
		Reports.assertEmpty("no switch assigned", a5, "Free ports on the assigned switches", "CON-NET-ISCSI-B");
	}

	@Test
	void tablesA6AndA7_theLoadBalancerAndFirewallPairs() {
		Table a6 = table(report, "A-6");
		assertEquals("Application delivery controller, 10 Gbps L4-L7 (hardware)",
				text(a6, "Load balancer type", "CON-LB"));
		assertNumber(2, a6, "Number needed for redundancy", "CON-LB");
		assertEquals(13, ((Cell.Items) cell(a6, "Workloads served", "CON-LB")).items().size());
		Table a7 = table(report, "A-7");
		assertEquals("Next-generation firewall with IPS, 10 Gbps", text(a7, "Firewall type", "CON-FW"));
		assertNumber(2, a7, "Number needed for redundancy", "CON-FW");
		assertEquals(10, ((Cell.Items) cell(a7, "Workloads served", "CON-FW")).items().size());
		assertEquals("edge", text(a7, "Position", "CON-FW"));
	}

	@Test
	void sizing_perCluster_headroomAsTheCommentsWorkOut_drawnAsBars() {
		Table sizing = table(report, "sizing");
		assertEquals(List.of("CON-CL-WEBAPP", "CON-CL-DATA", "CON-CL-PCI"), Reports.labels(sizing));
		assertEquals("memory", text(sizing, "CON-CL-WEBAPP", "Binding resource"));
		assertNumber(8, sizing, "CON-CL-WEBAPP", "Hosts needed");
		assertContains("fits; survives any host failure", sizing, "CON-CL-PCI", "Verdict");
		Table resources = table(report, "sizing-resources");
		// GRP-WEBAPP: 1,024 GB at peak, 1,536 GB planned; 8 × 252 GB, one host's 252 GB in reserve: 228 GB free
		assertNumber(1024, resources, "CON-CL-WEBAPP memory", "Demand at peak");
		assertNumber(512, resources, "CON-CL-WEBAPP memory", "Peak buffer and growth");
		assertNumber(2016, resources, "CON-CL-WEBAPP memory", "Capacity of all hosts");
		assertNumber(252, resources, "CON-CL-WEBAPP memory", "N+k reserve");
		assertNumber(228, resources, "CON-CL-WEBAPP memory", "Free after N+k");
		assertNumber(276, resources, "CON-CL-DATA memory", "Free after N+k");
		assertNumber(180, resources, "CON-CL-PCI memory", "Free after N+k");
		assertNumber(346, resources, "CON-CL-WEBAPP CPU", "Free after N+k");
		assertEquals("GB", row(resources, "CON-CL-DATA memory").unit());
		BarChart memory = (BarChart) Reports.section(report, "sizing").blocks().stream()
				.filter(b -> b instanceof BarChart c && c.unit().equals("GB")).findFirst().orElseThrow();
		BarChart.Bar pci = memory.bars().get(2);
		assertEquals("CON-CL-PCI memory", pci.label());
		assertEquals(List.of(216.0, 108.0, 252.0), pci.segments().stream().map(BarChart.Segment::value).toList());
		assertEquals(756, pci.capacity(), 1e-9);
		assertFalse(pci.over());
	}

	@Test
	void placement_everyHostWithItsVms_theReserveHostsEmpty() {
		Table placement = table(report, "placement");
		assertEquals(15, placement.rows().size());
		assertEquals(155, placement.rows().stream().mapToDouble(r -> ((Cell.Number) r.cells().get(2)).value()).sum());
		assertNumber(0, placement, "HD-PCI-03", "VMs");
		assertNumber(252, placement, "HD-PCI-03", "Memory free");
		assertTrue(table(report, "unplaced").rows().isEmpty());
		Table survival = table(report, "survival");
		assertEquals(3, survival.rows().size());
		survival.rows().forEach(r -> assertTrue(r.cells().get(3).text().startsWith("survives"), r.label()));
	}

	@Test
	void failures_theFiveSinglePointsOfFailure_amongAllFailureDomains() {
		Table domains = table(report, "failure-domains");
		List<String> spofs = domains.rows().stream().filter(r -> r.cells().get(6).text().equals("Yes"))
				.map(Row::label).toList();
		assertEquals(List.of("CON-R01", "CON-R02", "CON-R03", "CON-FC-SAN01", "CON-ISCSI-SAN01"), spofs);
		assertEquals("No", text(domains, "CON-SW-A1", "Single point of failure"));
		assertNumber(7, domains, "CON-R01", "Hosts lost");
	}

	@Test
	void findings_contosoHasFiveInfos_groupedByStep_withCitations() {
		long rows = report.tables().stream().filter(t -> t.id().startsWith("findings-"))
				.mapToLong(t -> t.rows().size()).sum();
		assertEquals(5, rows);
		Table any = report.tables().stream().filter(t -> t.id().startsWith("findings-")).findFirst().orElseThrow();
		Row first = any.rows().get(0);
		assertEquals("info", first.cells().get(0).text());
		assertTrue(first.cells().get(2).text().contains("contoso.ddc:"), first.cells().get(2).text());
		assertTrue(first.cells().get(4).text().startsWith("seed 0"), first.cells().get(4).text());
	}
}
