package org.ddc.report.tests;

import static org.ddc.report.tests.Reports.assertContains;
import static org.ddc.report.tests.Reports.assertNumber;
import static org.ddc.report.tests.Reports.table;
import static org.ddc.report.tests.Reports.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.ddc.report.model.Report;
import org.ddc.report.model.Row;
import org.ddc.report.model.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * examples/ipd-sample encodes the guide's sample values of the job aids (its comments name table, row and line):
 * each shows up in the cell of the report where the guide has it. And every job aid keeps the guide's row labels,
 * verbatim and in order (domain reference section B).
 */
class IpdSampleReportTest {
	private static Report report;

	@BeforeAll
	static void build() throws Exception {
		report = Reports.of(Reports.EXAMPLES.resolve("ipd-sample"));
	}

	@Test
	void tableA1_theSampleColumnsWorkload1And2() {
		Table a1 = table(report, "A-1");
		assertEquals(List.of("Resource", "App-1", "App-2", "Total"), a1.columns());
		// L545–L623, column "Workload 1"
		assertSample(a1, "App-1", "Application name", "App-1");
		assertSample(a1, "App-1", "Operating systems supported", "Windows Server 2008 R2");
		assertSample(a1, "App-1", "Memory", "2 GB");
		assertSample(a1, "App-1", "CPU utilization", "8 %");
		assertSample(a1, "App-1", "Disk space required", "150 GB");
		assertSample(a1, "App-1", "Disk IOps", "750 IOPS");
		assertSample(a1, "App-1", "Network subnets", "192.168.4.0/24");
		assertSample(a1, "App-1", "Network throughput", "800 Mbps");
		assertSample(a1, "App-1", "Isolation requirements", "Yes");
		assertSample(a1, "App-1", "Virtualization supported", "Yes");
		assertSample(a1, "App-1", "Requirement for fault tolerance", "Yes");
		// the sample's "Cluster" (L611), written as host-level clustering in the file
		assertSample(a1, "App-1", "Fault-tolerance approach", "Host-Level Clustering");
		assertSample(a1, "App-1", "In scope", "Yes");
		assertSample(a1, "App-1", "Workload grouping", "Grouping A");
		// column "Workload 2"
		assertSample(a1, "App-2", "Application name", "App-2");
		assertSample(a1, "App-2", "Operating systems supported", "Windows 7");
		assertSample(a1, "App-2", "Memory", "1 GB");
		assertSample(a1, "App-2", "CPU utilization", "2 %");
		assertSample(a1, "App-2", "Disk space required", "2 GB");
		assertSample(a1, "App-2", "Disk IOps", "20 IOPS");
		assertSample(a1, "App-2", "Network subnets", "192.168.22.0/24");
		assertSample(a1, "App-2", "Network throughput", "10 Mbps");
		assertSample(a1, "App-2", "Isolation requirements", "No");
		assertSample(a1, "App-2", "Virtualization supported", "Yes");
		assertSample(a1, "App-2", "Requirement for fault tolerance", "No");
		assertSample(a1, "App-2", "Fault-tolerance approach", "Not applicable");
		assertSample(a1, "App-2", "In scope", "Yes");
		assertSample(a1, "App-2", "Workload grouping", "Grouping B");
		// the guide leaves Total empty; ddc adds it up: 2 + 1 GB, 8 + 2 %, 150 + 2 GB, 750 + 20 IOPS, 800 + 10 Mbps
		assertNumber(3, a1, "Memory", "Total");
		assertNumber(10, a1, "CPU utilization", "Total");
		assertNumber(152, a1, "Disk space required", "Total");
		assertNumber(770, a1, "Disk IOps", "Total");
		assertNumber(810, a1, "Network throughput", "Total");
	}

	@Test
	void tableA2_theSampleGroupingsAndTheirSubnets() {
		Table a2 = table(report, "A-2");
		// L634–L636: the header row "Workload grouping name" with "Grouping A", "Grouping B"
		assertEquals(List.of("Workload grouping name", "Grouping A", "Grouping B"), a2.columns());
		// L660–L661; the sample totals (24 GB, 75 % …) are illustrative and not derivable from A-1 (domain
		// reference B): the totals are those of the file's own workloads
		assertSample(a2, "Grouping A", "Network subnets", "192.168.4.0/24");
		assertSample(a2, "Grouping B", "Network subnets", "192.168.22.0/24");
		assertNumber(2, a2, "Total memory", "Grouping A");
		assertNumber(1, a2, "Total memory", "Grouping B");
	}

	@Test
	void tableA3_theSampleHosts1And2_everyRow() {
		Table a3 = table(report, "A-3");
		assertEquals(List.of("", "Host #1", "Host #2"), a3.columns());
		// L679–L724, column "Host #1"
		assertSample(a3, "Host #1", "Quantity, if clustered at host level", "2");
		assertSample(a3, "Host #1", "Form factor", "Rack");
		assertSample(a3, "Host #1", "CPU", "12 × 3.0 GHz");
		assertSample(a3, "Host #1", "Memory", "24 GB");
		assertSample(a3, "Host #1", "Power supplies", "Redundant");
		assertSample(a3, "Host #1", "Network adapters", "2 × 4 ports");
		assertSample(a3, "Host #1", "Network access available", "cluster heartbeat");
		assertSample(a3, "Host #1", "Network access available", "Patching");
		assertSample(a3, "Host #1", "Network access available", "2 ports on Subnet-192-168-4 (192.168.4.0/24)");
		assertSample(a3, "Host #1", "Network teaming", "192.168.4.0/24");
		assertSample(a3, "Host #1", "Storage systems", "SAN-DDC-STOR1");
		assertSample(a3, "Host #1", "Storage connections", "4 HBAs connected to SAN-DDC-SW1");
		// column "Host #2"
		assertSample(a3, "Host #2", "Quantity, if clustered at host level", "Not applicable");
		assertSample(a3, "Host #2", "Form factor", "Blade");
		assertSample(a3, "Host #2", "CPU", "4 × 3.0 GHz");
		assertSample(a3, "Host #2", "Memory", "8 GB");
		assertSample(a3, "Host #2", "Power supplies", "Not redundant");
		assertNumber(2, a3, "Network adapters", "Host #2");
		assertSample(a3, "Host #2", "Network access available", "2 ports on Subnet-192-168-22 (192.168.22.0/24)");
		assertEquals("None", text(a3, "Network teaming", "Host #2"));
		assertSample(a3, "Host #2", "Storage systems", "SAN-DDC-STOR2");
		assertSample(a3, "Host #2", "Storage connections", "2 HBAs connected to SAN-DDC-SW2");
	}

	@Test
	void tableA5_theSampleSubnetsXAndY() {
		Table a5 = table(report, "A-5");
		// L775–L791: "Cluster Heartbeat" / "Patching", 10.140.1.1/24 / 10.141.1.1/24 (written as the networks),
		// SW-DDC-14 / SW-DDC-18. The sample's port counts (64, 32) are illustrative: ddc counts the file's ports.
		assertSample(a5, "Subnet X", "Purpose", "Cluster Heartbeat");
		assertSample(a5, "Subnet Y", "Purpose", "Patching");
		assertSample(a5, "Subnet X", "IP range", "10.140.1.0/24");
		assertSample(a5, "Subnet Y", "IP range", "10.141.1.0/24");
		assertSample(a5, "Subnet X", "Assigned to switch", "SW-DDC-14");
		assertSample(a5, "Subnet Y", "Assigned to switch", "SW-DDC-18");
		// Host #1 (2 hosts) has one port on each: 2 switch ports each
		assertNumber(2, a5, "Number of ports required", "Subnet X");
		assertNumber(2, a5, "Number of ports required", "Subnet Y");
	}

	/** A sample value shows up in its cell (case aside: the guide writes "Cluster Heartbeat", the file a purpose). */
	private static void assertSample(Table table, String column, String row, String sample) {
		String text = text(table, row, column);
		if (!text.toLowerCase(java.util.Locale.ROOT).contains(sample.toLowerCase(java.util.Locale.ROOT))) {
			assertContains(sample, table, row, column);
		}
	}

	@Test
	void everyJobAid_hasTheGuidesRowLabels_verbatimAndInOrder() {
		assertGuideRows("A-1", "Application name", "Operating systems supported", "Memory", "CPU utilization",
				"Disk space required", "Disk IOps", "Network subnets", "Network throughput", "Isolation requirements",
				"Virtualization supported", "Requirement for fault tolerance", "Fault-tolerance approach", "In scope",
				"Workload grouping");
		assertGuideRows("A-2", "Total memory", "Total CPU utilization", "Total disk space required",
				"Total disk IOps", "Network subnets", "Total network throughput");
		assertGuideRows("A-3", "Quantity, if clustered at host level", "Form factor", "CPU", "Memory",
				"Power supplies", "Network adapters", "Network access available", "Network teaming",
				"Storage systems", "Storage connections");
		assertGuideRows("A-4", "Authenticating to the domain controllers", "Querying DNS", "Hosts managed by VMM",
				"Virtual machines managed by VMM", "Managed by ConfigMgr", "Managed by MDT", "Serviced by OVMST",
				"Monitored by OpsMgr", "Monitored by hardware management");
		assertGuideRows("A-5", "Purpose", "IP range", "Number of ports required", "Assigned to switch");
		assertGuideRows("A-6", "Load balancer type", "Number needed for redundancy", "Workloads served");
		assertGuideRows("A-7", "Firewall type", "Number needed for redundancy", "Workloads served");
		// the trailing spaces of L604 and L703 are gone, and the notes say so
		assertEquals(1, table(report, "A-1").notes().stream().filter(n -> n.contains("ends with a space")).count());
		assertEquals(1, table(report, "A-3").notes().stream().filter(n -> n.contains("ends with a space")).count());
	}

	private static void assertGuideRows(String id, String... labels) {
		Table table = table(report, id);
		assertEquals(List.of(labels), table.rows().stream().filter(r -> r.kind() == Row.Kind.GUIDE)
				.map(Row::label).toList(), id);
	}
}
