package org.ddc.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ddc.analysis.DesignAnalysis;
import org.ddc.analysis.DesignIndex;
import org.ddc.analysis.ManagementScope;
import org.ddc.analysis.failure.Impact;
import org.ddc.analysis.placement.ClusterPlan.HostLoad;
import org.ddc.analysis.placement.Survival;
import org.ddc.analysis.sizing.ClusterSizing;
import org.ddc.analysis.sizing.HostDesignSizing;
import org.ddc.analysis.sizing.VmInstance;
import org.ddc.dsl.DdcStandaloneSetup;
import org.ddc.dsl.load.DesignLoader;
import org.ddc.dsl.load.LoadedDesign;
import org.ddc.rules.RuleEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * examples/contoso computed, against the figures its comments work out by hand (Step 2: the groups' demand with
 * 1.2 × 1.25 for peak buffer and growth, the surviving hosts after N+1; Step 3: the Table A-4 counts).
 */
class ContosoAnalysisTest {
	private static final Path CONTOSO = Path.of(System.getProperty("user.dir")).resolve("../../examples/contoso")
			.normalize();
	private static final double GB = 1024;
	private static DesignAnalysis analysis;

	@BeforeAll
	static void load() throws Exception {
		LoadedDesign design = DdcStandaloneSetup.injector().getInstance(DesignLoader.class).load(List.of(CONTOSO));
		analysis = RuleEngine.standard().analysis(DesignIndex.of(design.models()));
	}

	private static HostDesignSizing hostDesign(String name) {
		return analysis.hosts().hostDesigns().stream().filter(s -> s.hostDesign().getName().equals(name))
				.findFirst().orElseThrow();
	}

	@Test
	void groupDemand_withPeakBufferAndGrowth_isWhatTheCommentsWorkOut() {
		// GRP-WEBAPP: 43 server VMs + 88 desktops + 2 virtual RD servers = 133; 1,024 GB and 236 % x 1.5
		assertDemand("HD-WEBAPP", 133, 1536 * GB, 354);
		// GRP-DATA: 12 VMs, 832 GB and 108 % x 1.5
		assertDemand("HD-DATA", 12, 1248 * GB, 162);
		// GRP-PCI: 10 VMs, 216 GB and 35 % x 1.5
		assertDemand("HD-PCI", 10, 324 * GB, 52.5);
	}

	private static void assertDemand(String hostDesign, int vms, double memoryMb, double cpuPercent) {
		HostDesignSizing sizing = hostDesign(hostDesign);
		assertEquals(vms, sizing.vms().size(), hostDesign);
		assertEquals(memoryMb, sizing.vms().stream().mapToDouble(vm -> vm.vm().memoryMb()).sum(), 1e-6, hostDesign);
		assertEquals(cpuPercent, sizing.vms().stream().mapToDouble(vm -> vm.vm().cpuPercent()).sum(), 1e-6,
				hostDesign);
	}

	@Test
	void hostCounts_declaredEqualNeeded_andEveryClusterSurvivesOneHostFailure() {
		// 1,536 GB over 252 GB usable per host (256 GB less the 4 GB host reserve) = 7 hosts, + 1 = 8;
		// 1,248 GB over 508 GB = 3, + 1 = 4; 324 GB over 252 GB = 2, + 1 = 3
		Map<String, Integer> needed = new HashMap<>();
		for (HostDesignSizing sizing : analysis.hosts().hostDesigns()) {
			assertTrue(sizing.fits(), sizing.hostDesign().getName());
			needed.put(sizing.hostDesign().getName(), sizing.quantityNeeded().getAsInt());
			for (ClusterSizing cluster : sizing.clusters()) {
				assertEquals(1, cluster.reserve(), cluster.name());
				assertEquals(Survival.Status.HOLDS, cluster.plan().survival().status(), cluster.name());
			}
		}
		assertEquals(Map.of("HD-WEBAPP", 8, "HD-DATA", 4, "HD-PCI", 3), needed);
	}

	@Test
	void pciCluster_survivesEachHostFailure_workedThrough() {
		ClusterSizing pci = hostDesign("HD-PCI").clusters().get(0);
		assertEquals("CON-CL-PCI", pci.name());
		// 324 GB on two hosts of 252 GB, HD-PCI-03 (the last, one rack further) kept empty: when HD-PCI-01 or
		// HD-PCI-02 fails, its VMs (at most 252 GB) fit the empty host; 3 single failures, all absorbed
		Map<String, Double> used = new HashMap<>();
		for (HostLoad load : pci.plan().hostLoads()) {
			used.put(load.host().id(), load.memoryMb());
		}
		assertEquals(324 * GB, used.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-6);
		assertEquals(0, used.get("HD-PCI-03"), 1e-6);
		Survival survival = pci.plan().survival();
		assertEquals(3, survival.scenarios());
		for (Survival.Failover failover : survival.failovers()) {
			Map<String, Double> moved = new HashMap<>();
			for (Survival.Move move : failover.moves()) {
				assertNotEquals(failover.failedHost(), move.host());
				moved.merge(move.host(), move.vm().memoryMb(), Double::sum);
			}
			moved.forEach((host, memory) -> assertTrue(used.get(host) + memory <= 252 * GB + 1e-6,
					failover.failedHost() + " -> " + host));
		}
		// the two instances of each PCI workload are on different hosts (anti-affinity)
		List<String> web = pci.plan().placements().stream().filter(p -> p.vm().id().startsWith("PAY-WEB#"))
				.map(p -> p.host()).toList();
		assertEquals(2, web.size());
		assertNotEquals(web.get(0), web.get(1));
	}

	@Test
	void tableA4Counts_hostsGuestsManagementServersAndAgents() {
		ManagementScope scope = ManagementScope.of(analysis.index());
		// 8 + 4 + 3 hosts; 153 guest VMs of in-scope workloads (all guests in scope); 15 management servers;
		// Operations Manager agents = 15 + 153 + 15
		assertEquals(15, scope.hosts());
		assertEquals(153, scope.guests());
		assertEquals(15, scope.managementServers());
		assertEquals(183, scope.opsMgrAgents());
		// the placement counts the two virtual RD servers among the VMs too: 153 + 2
		assertEquals(155, analysis.hosts().hostDesigns().stream().mapToInt(s -> s.vms().size()).sum());
		assertEquals(2, analysis.hosts().hostDesigns().stream().flatMap(s -> s.vms().stream())
				.map(VmInstance::source).filter(s -> s instanceof org.ddc.model.ManagementServer).count());
		// VMM manages all three host designs: 15 hosts and those 155 VMs (Table A-4 "VMs managed by VMM")
		org.ddc.model.VmmInstance vmm = analysis.index().all(org.ddc.model.VmmInstance.class).get(0);
		assertEquals(15, scope.hostsManagedBy(vmm));
		assertEquals(155, scope.vmsManagedBy(vmm, analysis.hosts()));
	}

	@Test
	void rackR01Failure_takesHalfOfTwoClusters_andOneThirdOfThePciCluster() {
		Impact impact = analysis.failures().impact(List.of(analysis.failures().component("CON-R01").orElseThrow()));
		// R01 holds HD-WEBAPP-01..04, HD-DATA-01..02 and HD-PCI-01: 4 of 8 and 2 of 4 are beyond N+1, 1 of 3 is not
		assertEquals(List.of("HD-DATA-01", "HD-DATA-02", "HD-PCI-01", "HD-WEBAPP-01", "HD-WEBAPP-02", "HD-WEBAPP-03",
				"HD-WEBAPP-04"), impact.hostsLost().keySet().stream().sorted().toList());
		assertEquals(List.of("CON-CL-WEBAPP", "CON-CL-DATA"), impact.clustersOverwhelmed());
		assertFalse(impact.outages().stream().anyMatch(l -> l.name().startsWith("PAY-")), "the PCI cluster absorbs");
	}
}
