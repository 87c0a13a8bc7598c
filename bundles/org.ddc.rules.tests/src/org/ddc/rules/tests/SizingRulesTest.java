package org.ddc.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ddc.dsl.validation.Finding;
import org.ddc.rules.Fix;
import org.junit.jupiter.api.Test;

/**
 * The host sizing rules read one placement (org.ddc.analysis.sizing): one undersized host design gets one finding,
 * from the rule whose constraint stops the VMs, and applying its fix makes every sizing finding go away. Values are
 * worked out by hand in the comments.
 */
class SizingRulesTest {
	/** Every rule that reports host counts or VMs that fit no host. */
	private static final List<String> SIZING = List.of("IPD-1-03", "IPD-1-10", "IPD-1-14", "IPD-1-17", "IPD-2-04",
			"IPD-2-09", "IPD-2-10", "LIM-HOST-VMS", "LIM-HOST-VCPU", "LIM-CLUSTER-VMS");

	private static List<Finding> sizing(String text) {
		List<Finding> all = Designs.validate(text);
		assertEquals(List.of(), Designs.languageErrors(all), "the design is not valid");
		return all.stream().filter(f -> SIZING.contains(f.code())).toList();
	}

	/** Exactly one sizing finding, of the given rule; its fix applied by replacing "attribute N" leaves none. */
	private static Finding onlyAndRepaired(String rule, String text, String expectedValue) {
		List<Finding> found = sizing(text);
		assertEquals(1, found.size(), Designs.describe(found));
		Finding finding = found.get(0);
		assertEquals(rule, finding.code(), finding.message());
		Fix fix = finding.fix();
		assertNotNull(fix, finding.message());
		assertEquals(expectedValue, fix.value(), finding.message());
		String repaired = text.replaceFirst(fix.attribute() + " \\d+", fix.attribute() + " " + fix.value());
		assertEquals(List.of(), sizing(repaired), "after the fix:\n" + repaired);
		return finding;
	}

	@Test
	void memoryIsPacked_notPooled_threeLargeVmsNeedThreeHosts() {
		// 132 GB less the 4 GB host reserve leaves 128 GB per host: two 80 GB VMs never share one, so 3 VMs need 3
		// hosts although 240 GB < 2 x 128 GB
		Finding finding = onlyAndRepaired("IPD-2-10", """
				host-design HD-1 { quantity 2 memory 132 GB }
				workload SQL { memory 80 GB instances 3 group GRP-1 }
				workload-group GRP-1 { host-design HD-1 }
				""", "3");
		assertTrue(finding.message().startsWith("host design HD-1 has 2 hosts for 3 VMs (no peak buffer or growth, "
				+ "unclustered, so no failover reserve): VM SQL#3 (80 GB) finds no host: not enough free memory. It "
				+ "needs 3 hosts"), finding.message());
		assertEquals(1, finding.line());
	}

	@Test
	void cpuBinds_withPeakBufferGrowthAndOneSparePerCluster() {
		// 20 % x 1.2 x 1.25 = 30 % of a host per VM: 3 VMs per host, 12 VMs on 4 hosts, plus one spare (N+1) = 5
		Finding finding = onlyAndRepaired("IPD-2-09", """
				design D {
					reference-cpu 2 x 8 cores 2.5 GHz
					policy { peak-buffer 20 % growth 25 % failover-reserve N + 1 }
				}
				host-design HD-1 { quantity 4 cluster-size 8 cpu 2 x 8 cores 2.5 GHz memory 1024 GB }
				workload APP { memory 8 GB cpu 20 % instances 12 group GRP-1 }
				workload-group GRP-1 { host-design HD-1 }
				""", "5");
		assertTrue(finding.message().contains("(20 % peak buffer and 25 % growth applied, N+1 per cluster from the "
				+ "policy)"), finding.message());
		assertTrue(finding.message().contains("when HD-1-01 fails, VM APP#1 (12 GB, 30 % CPU) cannot restart on the "
				+ "other hosts, nor can 2 other VMs: not enough free CPU"), finding.message());
	}

	@Test
	void survival_isCheckedByReplacement_perCluster() {
		// 64 GB x 1.5 = 96 GB per VM over 124 GB usable (128 GB less 4 GB): one VM per host. Quantity 3 in clusters
		// of 2 is a cluster of 2 and one of 1; a 1-host cluster with N+1 keeps no host for VMs, so both VMs go to
		// the first cluster, where a failed host's VM has nowhere to restart. Quantity 4: one VM and one spare in each
		String text = """
				design D { platform hyperv-2012-r2 policy { peak-buffer 20 % growth 25 % failover-reserve N + 1 } }
				host-design H { quantity 3 cluster-size 2 memory 128 GB }
				workload-group G { host-design H }
				workload FILE-1 { memory 64 GB instances 2 group G fault-tolerance required approach host-clustering }
				""";
		Finding finding = onlyAndRepaired("IPD-2-10", text, "4");
		assertTrue(finding.message().contains("when H-01 fails, VM FILE-1#1 (96 GB) cannot restart on the other "
				+ "hosts: not enough free memory"), finding.message());
	}

	@Test
	void loadBalancedInstances_needHostsOfTheirOwn_reportedOnce() {
		// two instances each of two load-balanced workloads: each pair on different hosts, so 2 hosts
		Finding finding = onlyAndRepaired("IPD-2-04", """
				host-design H { quantity 1 memory 128 GB }
				workload-group G { host-design H }
				workload WEB-1 { memory 4 GB instances 2 group G fault-tolerance required approach load-balancing }
				workload WEB-2 { memory 4 GB instances 2 group G fault-tolerance required approach load-balancing }
				load-balancer LB { kind software-nlb serves WEB-1, WEB-2 }
				""", "2");
		assertTrue(finding.message().contains("already runs an instance of the same load-balanced or clustered "
				+ "workload"), finding.message());
	}

	@Test
	void runningVmsPerHost_areSpreadOverUnclusteredHosts_withoutReserve() {
		String body = """
				workload-group G { host-design H }
				workload APP { instances 500 vcpus 1 memory 1 GB group G }
				host-design H { quantity 2 cpu 2 x 8 cores 2.6 GHz intel memory 512 GB }
				""";
		// 250 VMs per host on 2008 R2 (at most 384): fine, although N+1 is the policy — unclustered hosts hold no
		// reserve
		assertEquals(List.of(), sizing("design D { platform hyperv-2008-r2 policy { failover-reserve N + 1 } }\n"
				+ body));
		Finding finding = onlyAndRepaired("LIM-HOST-VMS", "design D { platform hyperv-2008-r2 }\n"
				+ body.replace("quantity 2", "quantity 1"), "2");
		assertTrue(finding.message().contains("the 384 running VMs (Windows Server 2012 R2 virtualization overview, Scalability, Performance & Density, seed 001 L193) that hyperv-2008-r2 allows per "
				+ "host"), finding.message());
	}

	@Test
	void virtualProcessorsPerHost_countTheClustersSpareHost() {
		// 150 x 4 = 600 vCPUs; 2008 R2 runs 512 per host. A cluster of 2 with N+1 has 1 host's worth: a failed
		// host's VMs cannot restart. 3 hosts: 1,024 on the two that are left after any failure
		Finding finding = onlyAndRepaired("LIM-HOST-VCPU", """
				design D { platform hyperv-2008-r2 policy { failover-reserve N + 1 } }
				workload-group G { host-design H }
				workload APP { instances 150 vcpus 4 memory 2 GB group G }
				host-design H { quantity 2 cluster-size 4 cpu 2 x 8 cores 2.6 GHz intel memory 512 GB }
				""", "3");
		assertTrue(finding.message().contains("512 vCPUs (Windows Server 2012 R2 virtualization overview, Scalability, Performance & Density, seed 001 L190)"), finding.message());
	}

	@Test
	void virtualManagementServers_arePlacedLikeWorkloads() {
		// 128 GB usable: APP 64 GB and VMM-1 72 GB do not share a host
		Finding finding = onlyAndRepaired("IPD-2-10", """
				host-design H { quantity 1 memory 132 GB }
				workload-group G { host-design H }
				workload APP { memory 64 GB group G }
				management-server VMM-1 { roles vmm runs virtual-inside on G memory 72 GB }
				""", "2");
		assertTrue(finding.message().contains("has 1 host for 2 VMs"), finding.message());
		assertTrue(finding.message().contains("VM APP (64 GB) finds no host"), finding.message());
	}

	@Test
	void declaredCluster_isReportedAtTheCluster_withItsHostsAsTheFix() {
		String text = """
				design D { policy { failover-reserve N + 1 } }
				host-design H { quantity 2 memory 132 GB cluster CL-A hosts 2 }
				workload-group G { host-design H cluster CL-A }
				workload SQL { memory 80 GB instances 2 group G }
				""";
		List<Finding> found = sizing(text);
		assertEquals(1, found.size(), Designs.describe(found));
		Finding finding = found.get(0);
		assertEquals("IPD-2-10", finding.code());
		assertTrue(finding.message().startsWith("cluster CL-A of host design H has 2 hosts for 2 VMs (no peak buffer "
				+ "or growth, N+1 per cluster from the policy): when H-01 fails"), finding.message());
		assertTrue(finding.message().endsWith("set 'hosts 3' and the host design's 'quantity 3', or use larger hosts"),
				finding.message());
		assertEquals(new Fix(Fix.SET, "hosts", "3", "Give the cluster 3 hosts"), finding.fix());
		assertEquals(List.of(), sizing(text.replace("quantity 2", "quantity 3").replace("hosts 2", "hosts 3")));
	}

	@Test
	void aVmLargerThanAnyHost_isIpd103sOnly_andTheOthersAreStillPlaced() {
		String text = """
				design D { policy { host-reserve 8 GB } }
				host-design H { quantity 1 memory 64 GB }
				workload-group G { host-design H }
				workload SQL { memory 59 GB group G }
				workload WEB { memory 20 GB instances 2 group G }
				""";
		// 64 GB less 8 GB = 56 GB: SQL never fits; WEB's 40 GB does on the one host
		List<Finding> found = sizing(text);
		assertEquals(1, found.size(), Designs.describe(found));
		assertEquals("IPD-1-03", found.get(0).code());
		assertTrue(found.get(0).message().contains("workload SQL needs 59 GB per instance but one host of H offers "
				+ "56 GB to virtual machines (64 GB less 8 GB for the parent partition)"), found.get(0).message());
		// with the default 4 GB reserve, 60 GB: it fits, and 59 + 40 GB do not share the one host
		List<Finding> without = sizing(text.replace("design D { policy { host-reserve 8 GB } }\n", ""));
		assertEquals(List.of("IPD-2-10"), without.stream().map(Finding::code).toList(), Designs.describe(without));
	}

	@Test
	void failoverReserve_isPerCluster_andTheGuidesMinimumIsSaid() {
		String clustered = """
				design D { platform hyperv-2012-r2 policy { growth 25 % } }
				host-design H { quantity 3 cluster-size 3 memory 128 GB }
				workload-group G { host-design H }
				workload FILE-1 { memory 16 GB group G fault-tolerance required approach host-clustering }
				""";
		List<Finding> found = Designs.of("IPD-1-24", Designs.validate(clustered));
		assertEquals(1, found.size(), Designs.describe(found));
		assertTrue(found.get(0).message().contains("H-CL1 are sized with one spare host each (N+1, the guide's "
				+ "minimum for host clustering: Dynamic Datacenter guide, Step 1, Task 2, seed 000 L123)"), found.get(0).message());
		assertEquals(List.of(), Designs.of("IPD-1-24", Designs.validate(clustered.replace("growth 25 %",
				"growth 25 % failover-reserve N + 1"))));
		// load-balanced workloads on unclustered hosts pay with instances: no reserve asked for
		assertEquals(List.of(), Designs.of("IPD-1-24", Designs.validate("""
				design D { platform hyperv-2012-r2 policy { growth 25 % } }
				host-design H { quantity 2 memory 128 GB }
				workload-group G { host-design H }
				workload WEB-1 { memory 4 GB instances 2 group G fault-tolerance required approach load-balancing }
				""")));
	}

	@Test
	void extremeInput_isNotARuleFailure_andABillionInstancesAreNotPlaced() {
		List<Finding> negative = Designs.validate("""
				host-design H { quantity 2 memory 256 GB }
				workload W { memory -8 GB cpu -5 % instances 2 group G }
				workload-group G { host-design H }
				""");
		assertEquals(List.of(), Designs.of("DDC-RULE-FAILURE", negative), Designs.describe(negative));
		List<Finding> huge = Designs.validate("""
				host-design H { quantity 2 memory 256 GB }
				workload W { memory 8 GB instances 2000000000 group G }
				workload-group G { host-design H }
				""");
		assertEquals(List.of(), Designs.of("DDC-RULE-FAILURE", huge), Designs.describe(huge));
		List<Finding> notPlaced = Designs.of("IPD-2-04", huge);
		assertEquals(1, notPlaced.size(), Designs.describe(huge));
		assertTrue(notPlaced.get(0).message().contains("the design has 2,000,000,000 VM instances, more than the "
				+ "1,000,000 ddc places"), notPlaced.get(0).message());
	}
}
