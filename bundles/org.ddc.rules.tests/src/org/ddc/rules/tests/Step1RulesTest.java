package org.ddc.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ddc.dsl.validation.Finding;
import org.junit.jupiter.api.Test;

/** The conditions of Step 0 and Step 1 rules that their single firing example does not show. */
class Step1RulesTest {
	private static final String DESIGN = "design D { platform hyperv-2012-r2 policy { peak-buffer 20 % growth 25 % "
			+ "growth-basis \"business plan\" failover-reserve N + 1 } }\n";

	private static List<Finding> findings(String rule, String text) {
		List<Finding> all = Designs.validate(text);
		assertEquals(List.of(), Designs.languageErrors(all), "the design is not valid");
		return Designs.of(rule, all);
	}

	@Test
	void loadBalancedWorkload_withoutLoadBalancer_isReportedOnTheWorkload() {
		List<Finding> found = findings("IPD-1-10", """
				host-design H { quantity 2 memory 128 GB }
				workload-group G { host-design H }
				workload WEB-1 { memory 4 GB instances 2 group G fault-tolerance required approach load-balancing }
				""");
		assertEquals(1, found.size());
		assertTrue(found.get(0).message().contains("no load balancer serves it"), found.get(0).message());
	}

	@Test
	void vmClustering_sharedStorageThroughTheHostDesignsSan_isEnough() {
		String text = """
				storage-system SAN-1 { type san protocol fibre-channel }
				host-design H { quantity 2 memory 256 GB storage SAN-1 }
				workload-group G { host-design H }
				workload SQL-1 {
					memory 32 GB instances 2 group G cluster-aware yes
					fault-tolerance required approach vm-clustering
				}
				""";
		assertEquals(List.of(), findings("IPD-1-13", text));
		assertEquals(List.of(), findings("IPD-1-14", text));
		assertEquals(1, findings("IPD-1-13", text.replace("type san protocol fibre-channel", "type nas protocol smb")).size());
	}

	@Test
	void hostClustering_withoutHeartbeatAdapterOrCluster_isReported() {
		String text = """
				storage-system SAN-1 { type san protocol fibre-channel }
				host-design H { quantity 3 memory 256 GB storage SAN-1 }
				workload-group G { host-design H }
				workload FILE-1 { memory 16 GB group G fault-tolerance required approach host-clustering }
				""";
		List<Finding> storage = findings("IPD-1-16", text);
		assertEquals(1, storage.size());
		assertTrue(storage.get(0).message().contains("cluster heartbeat"), storage.get(0).message());
		// not clustered at all: one finding, IPD-2-07's (cluster size), not also IPD-1-17's (spare host)
		List<Finding> size = findings("IPD-2-07", text);
		assertEquals(1, size.size());
		assertEquals(List.of(), findings("IPD-1-17", text));
	}

	@Test
	void applicationLevel_singleInstance_isReported() {
		List<Finding> found = findings("IPD-1-20", """
				workload SQL-1 {
					memory 32 GB
					fault-tolerance required approach application-level
					vendor-support virtualization, licensing, application-fault-tolerance
				}
				""");
		assertEquals(1, found.size());
		assertTrue(found.get(0).message().contains("instances 2"), found.get(0).message());
	}

	@Test
	void growthOfZero_andNoWorkloads_areReported() {
		List<Finding> found = findings("IPD-1-22", "design D { platform hyperv-2012-r2 policy { growth 0 % } }");
		assertEquals(2, found.size(), Designs.describe(found));
	}

	@Test
	void desktopOperatingSystem_countsAsVdi_butServerDoesNot() {
		String text = "design D { platform hyperv-2012-r2 vdi no }\nworkload W { memory 2 GB os \"%s\" }";
		assertEquals(1, findings("IPD-1-05", text.formatted("Windows 8.1 Enterprise")).size());
		assertEquals(List.of(), findings("IPD-1-05", text.formatted("Windows Server 2012 R2")));
		assertEquals(1, findings("IPD-1-05", "design D { platform hyperv-2012-r2 }").size());
	}

	@Test
	void largestWorkload_cpuBeyondOneHost_isReported() {
		List<Finding> found = findings("IPD-1-03", """
				design D { platform hyperv-2012-r2 reference-cpu 2 x 8 cores 2.6 GHz }
				host-design H { quantity 2 memory 256 GB cpu 1 x 8 cores 2.6 GHz }
				workload-group G { host-design H }
				workload BIG { memory 64 GB cpu 60 % vcpus 16 group G }
				""");
		assertEquals(2, found.size(), Designs.describe(found));
	}

	@Test
	void systemLevelFaultTolerance_reusedDirectory_needsNoDomainControllers() {
		String text = """
				design D { platform hyperv-2012-r2 management { reuse-existing yes } }
				management-server OM-1 { roles operations-manager runs physical }
				workload APP-1 { memory 8 GB }
				backup-plan BK { approach vss-snapshot workloads APP-1 }
				""";
		assertEquals(List.of(), findings("IPD-0-08", text));
		assertEquals(1, findings("IPD-0-08", text.replace("reuse-existing yes", "reuse-existing no")).size());
	}

	@Test
	void singleLocationAndCompany_reportsBothAttributes() {
		assertEquals(2, findings("IPD-0-01", "design D { platform hyperv-2012-r2 locations 2 tenants 2 }").size());
	}

	@Test
	void contoso_hasNoErrorsOrWarningsFromStep0And1_exceptTheFewJustifiedOnes() throws Exception {
		String text = java.nio.file.Files.readString(java.nio.file.Path.of("../../examples/contoso/contoso.ddc"));
		List<Finding> all = Designs.validate(text);
		List<Finding> own = all.stream().filter(f -> f.code().startsWith("IPD-0-") || f.code().startsWith("IPD-1-"))
				.filter(f -> !f.code().equals("IPD-1-02") && !f.code().equals("IPD-1-19")).toList();
		assertEquals(List.of(), own, Designs.describe(own));
	}

	@Test
	void hostClusteringCorruptionRisk_leavesOutClusterAwareWorkloads() {
		List<Finding> findings = Designs.of("IPD-1-19", Designs.validate("""
				host-design H { quantity 3 cluster-size 3 memory 256 GB }
				workload-group G { host-design H }
				workload SQL { memory 16 GB group G stateful yes cluster-aware yes
					fault-tolerance required approach host-clustering }
				workload FILES { memory 16 GB group G stateful yes fault-tolerance required approach host-clustering }
				"""));
		assertEquals(1, findings.size(), Designs.describe(findings));
		assertTrue(findings.get(0).message().contains("FILES") && !findings.get(0).message().contains("SQL"),
				findings.get(0).message());
		assertEquals(0, Designs.of("IPD-1-19", Designs.validate("""
				host-design H { quantity 3 cluster-size 3 memory 256 GB }
				workload-group G { host-design H }
				workload SQL { memory 16 GB group G stateful yes cluster-aware yes
					fault-tolerance required approach host-clustering }
				""")).size(), "a cluster-aware workload recovers its own data after a restart");
	}
}
