package org.ddc.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ddc.dsl.validation.Finding;
import org.junit.jupiter.api.Test;

/** Conditions of Step 2 rules that their firing/passing examples do not show. */
class Step2RulesTest {

	private static List<Finding> findings(String id, String design) {
		List<Finding> all = Designs.validate(design);
		assertEquals(List.of(), Designs.languageErrors(all), Designs.describe(all));
		return Designs.of(id, all);
	}

	@Test
	void isolatedGroup_rejectsWorkloadsWithoutItsDomain() {
		List<Finding> found = findings("IPD-2-01", """
				isolation-domain PCI { kind physical }
				isolation-domain HR { kind administrative }
				workload PAY-1 { memory 8 GB isolation PCI group GRP-PCI }
				workload WEB-1 { memory 4 GB isolation none group GRP-PCI }
				workload HR-1 { memory 4 GB isolation HR group GRP-PCI }
				workload-group GRP-PCI { isolation PCI }
				""");
		assertEquals(2, found.size(), Designs.describe(found));
		assertTrue(found.stream().anyMatch(f -> f.message().contains("WEB-1") && f.fix() != null));
		assertTrue(found.stream().anyMatch(f -> f.message().contains("HR-1")));
	}

	@Test
	void groupOfOneDomain_shouldDeclareIt() {
		List<Finding> found = findings("IPD-2-01", """
				isolation-domain PCI { kind physical }
				workload PAY-1 { memory 8 GB isolation PCI group GRP-PCI }
				workload-group GRP-PCI { }
				""");
		assertEquals(1, found.size(), Designs.describe(found));
		assertEquals("isolation", found.get(0).fix().attribute());
		assertEquals("PCI", found.get(0).fix().value());
	}

	@Test
	void twoIsolationDomains_onOneHostDesign_bothReported() {
		List<Finding> found = findings("IPD-2-02", """
				isolation-domain PCI { kind physical }
				isolation-domain HR { kind physical }
				host-design HD-1 { quantity 2 memory 256 GB }
				workload-group GRP-PCI { isolation PCI host-design HD-1 }
				workload-group GRP-HR { isolation HR host-design HD-1 }
				""");
		assertEquals(2, found.size(), Designs.describe(found));
	}

	@Test
	void clusteredHosts_mayCarryMixedFaultToleranceApproaches() {
		assertEquals(List.of(), findings("IPD-2-03", """
				host-design HD-1 { quantity 3 cluster-size 3 memory 256 GB }
				workload WEB { memory 4 GB instances 2 fault-tolerance required approach load-balancing group GRP-1 }
				workload FS { memory 8 GB fault-tolerance required approach host-clustering group GRP-1 }
				workload-group GRP-1 { host-design HD-1 }
				"""));
	}

	@Test
	void unclusteredHosts_getNoFailoverReserve() {
		assertEquals(List.of(), findings("IPD-2-04", """
				design D { policy { peak-buffer 20 % growth 15 % failover-reserve N + 1 } }
				host-design HD-1 { quantity 2 memory 260 GB }
				workload APP { memory 32 GB instances 10 group GRP-1 }
				workload-group GRP-1 { host-design HD-1 }
				"""));
	}

		@Test
	void singlePowerPath_onUnclusteredCriticalHosts_isReported() {
		List<Finding> found = findings("IPD-2-12", """
				host-design HD-1 { quantity 2 memory 256 GB power-supplies 1 }
				workload WEB { memory 4 GB instances 2 fault-tolerance required approach load-balancing group GRP-1 }
				workload-group GRP-1 { host-design HD-1 }
				""");
		assertEquals(1, found.size(), Designs.describe(found));
	}

	@Test
	void trunkedPort_needsVlanTagging() {
		List<Finding> found = findings("IPD-2-17", """
				switch SW-A { ports 48 }
				subnet NET-MGMT { vlan 10 purpose host-management }
				subnet NET-BACKUP { vlan 50 purpose backup }
				host-design HD-1 {
					memory 256 GB
					adapter NIC-1 ports 1 purpose host-management, backup { port 1 switch SW-A subnets NET-MGMT, NET-BACKUP }
					adapter NIC-2 ports 1 purpose guest-traffic vlan-tagging
				}
				""");
		assertEquals(1, found.size(), Designs.describe(found));
		assertTrue(found.get(0).message().contains("several subnets"), found.get(0).message());
	}

	@Test
	void vmServicingAdapter_onASharedSubnet_isReported() {
		List<Finding> found = findings("IPD-2-22", """
				switch SW-A { ports 48 }
				subnet NET-MGMT { vlan 10 purpose host-management }
				host-design HD-1 {
					memory 256 GB
					adapter NIC-SERVICE ports 1 purpose vm-servicing { port 1 switch SW-A subnets NET-MGMT }
				}
				""");
		assertEquals(1, found.size(), Designs.describe(found));
		assertTrue(found.get(0).message().contains("NET-MGMT"), found.get(0).message());
	}

	@Test
	void teamOfOneAdapter_isReported() {
		List<Finding> found = findings("IPD-2-28", """
				host-design HD-1 {
					memory 256 GB
					adapter NIC-A ports 2 purpose guest-traffic vlan-tagging
					team TEAM-GUEST members NIC-A mode fault-tolerance
				}
				""");
		assertEquals(1, found.size(), Designs.describe(found));
	}

	@Test
	void portWithoutSubnet_isReported() {
		List<Finding> found = findings("IPD-2-30", """
				switch SW-A { ports 48 }
				host-design HD-1 {
					memory 256 GB
					adapter NIC-A ports 1 purpose host-management { port 1 switch SW-A }
				}
				""");
		assertEquals(1, found.size(), Designs.describe(found));
		assertTrue(found.get(0).message().contains("names no subnet"), found.get(0).message());
	}

	@Test
	void mixedApproaches_suggestClusteringTheHostsOnlyWhenAWorkloadUsesHostClustering() {
		String lbAndApp = Designs.of("IPD-2-03", Designs.validate("""
				host-design HD-1 { quantity 2 memory 256 GB }
				workload-group G { host-design HD-1 }
				workload WEB { memory 8 GB instances 2 group G fault-tolerance required approach load-balancing }
				workload DC { memory 8 GB instances 2 group G fault-tolerance required approach application-level }
				""")).get(0).message();
		assertFalse(lbAndApp.contains("cluster its hosts"), lbAndApp);
		String withHostClustering = Designs.of("IPD-2-03", Designs.validate("""
				host-design HD-1 { quantity 2 memory 256 GB }
				workload-group G { host-design HD-1 }
				workload WEB { memory 8 GB instances 2 group G fault-tolerance required approach load-balancing }
				workload FILES { memory 8 GB group G fault-tolerance required approach host-clustering }
				""")).get(0).message();
		assertTrue(withHostClustering.contains("or cluster its hosts"), withHostClustering);
	}

	@Test
	void cpuCheck_withoutReferenceCpuOrHostCpu_saysItWasNotChecked() {
		List<Finding> noReference = Designs.of("IPD-2-09", Designs.validate("""
				design D { platform hyperv-2012-r2 }
				host-design HD-1 { quantity 2 cpu 2 x 8 cores 2.5 GHz memory 512 GB }
				workload APP { memory 8 GB cpu 30 % instances 8 group GRP-1 }
				workload-group GRP-1 { host-design HD-1 }
				"""));
		assertEquals(1, noReference.size(), Designs.describe(noReference));
		assertEquals(org.ddc.rules.Severity.INFO, noReference.get(0).severity());
		assertTrue(noReference.get(0).message().startsWith("not checked: the design has no reference-cpu")
				&& noReference.get(0).message().contains("HD-1"), noReference.get(0).message());
		List<Finding> noHostCpu = Designs.of("IPD-2-09", Designs.validate("""
				design D { platform hyperv-2012-r2 reference-cpu 2 x 8 cores 2.5 GHz }
				host-design HD-1 { quantity 2 memory 512 GB }
				workload APP { memory 8 GB cpu 30 % instances 8 group GRP-1 }
				workload-group GRP-1 { host-design HD-1 }
				"""));
		assertEquals(List.of("not checked: host design HD-1 states no 'cpu', so its workloads' CPU demand cannot be"
				+ " compared with its capacity: add 'cpu <sockets> x <cores> cores <GHz>'"),
				noHostCpu.stream().map(Finding::message).toList());
		// no CPU demand on the hosts: nothing to check, nothing said
		assertEquals(0, Designs.of("IPD-2-09", Designs.validate("""
				design D { platform hyperv-2012-r2 }
				host-design HD-1 { quantity 2 memory 512 GB }
				workload APP { memory 8 GB instances 8 group GRP-1 }
				workload-group GRP-1 { host-design HD-1 }
				""")).size());
	}

	@Test
	void isolation_administrativeDomainsMayShareHosts_physicalOnesMayNot() {
		String design = """
				isolation-domain PCI { kind %s }
				host-design HD-1 { quantity 2 memory 256 GB }
				workload-group GRP-PCI { isolation PCI host-design HD-1 }
				workload-group GRP-APP { host-design HD-1 }
				""";
		assertEquals(List.of(), findings("IPD-2-02", design.formatted("administrative")));
		String physical = design.formatted("physical");
		List<Finding> found = findings("IPD-2-02", physical);
		assertEquals(1, found.size(), Designs.describe(found));
		assertEquals("group GRP-PCI is physically isolated in PCI but shares the hosts of host design HD-1 with GRP-APP "
				+ "(no isolation): physical isolation needs hosts of its own — bind it to a host design (or a cluster of "
				+ "HD-1) that no other group uses, or declare PCI 'kind administrative' if separate administration is "
				+ "enough", found.get(0).message());
		assertEquals(Designs.position(physical, 3, "HD-1"), Designs.position(found.get(0)));
		// a physically isolated group beside an administratively isolated one: only the physical one is reported
		List<Finding> mixed = findings("IPD-2-02", """
				isolation-domain PCI { kind physical }
				isolation-domain HR { kind administrative }
				host-design HD-1 { quantity 2 memory 256 GB }
				workload-group GRP-PCI { isolation PCI host-design HD-1 }
				workload-group GRP-HR { isolation HR host-design HD-1 }
				""");
		assertEquals(1, mixed.size(), Designs.describe(mixed));
		assertTrue(mixed.get(0).message().startsWith("group GRP-PCI is physically isolated in PCI but shares the hosts "
				+ "of host design HD-1 with GRP-HR (administrative isolation HR)"), mixed.get(0).message());
	}

	@Test
	void isolation_physicalGroupsOnDifferentClustersOfOneHostDesign_doNotShareHosts() {
		String design = """
				isolation-domain PCI { kind physical }
				host-design HD-1 { quantity 4 memory 256 GB cluster CL-A hosts 2 cluster CL-B hosts 2 }
				workload-group GRP-PCI { isolation PCI host-design HD-1 cluster CL-A }
				workload-group GRP-APP { host-design HD-1 %s }
				""";
		assertEquals(List.of(), findings("IPD-2-02", design.formatted("cluster CL-B")));
		String shared = design.formatted("cluster CL-A");
		List<Finding> found = findings("IPD-2-02", shared);
		assertEquals(1, found.size(), Designs.describe(found));
		assertTrue(found.get(0).message().startsWith("group GRP-PCI is physically isolated in PCI but shares the hosts "
				+ "of cluster CL-A of host design HD-1 with GRP-APP (no isolation)"), found.get(0).message());
		assertEquals(Designs.position(shared, 3, "CL-A"), Designs.position(found.get(0)));
		// a group without a cluster may run on any host of the host design
		assertEquals(1, findings("IPD-2-02", design.formatted("")).size());
	}

	private static final String CONVERGED = """
			design D { %s }
			host-design HD-1 {
				quantity 2 cluster-size 2 memory 256 GB
				adapter NIC-A ports 1 speed 10 Gbps purpose host-management, cluster-heartbeat, vm-servicing, guest-traffic
				adapter NIC-B ports 1 speed 10 Gbps purpose host-management, cluster-heartbeat, vm-servicing, guest-traffic
				team T members NIC-A, NIC-B
				virtual-switch VS team T {
					host-adapter vMgmt purpose host-management weight 10
					host-adapter vService purpose vm-servicing weight 5
					host-adapter vCluster purpose cluster-heartbeat weight 15
					default-weight 70
				}
			}
			""";
	private static final List<String> DEDICATED = List.of("IPD-2-21", "IPD-2-22", "IPD-2-24", "IPD-2-25");

	@Test
	void convergedNetworking_countsAsDedicatedAdapters_fromHyperV2012() {
		for (String platform : List.of("platform hyperv-2012", "platform hyperv-2012-r2")) {
			List<Finding> all = Designs.validate(CONVERGED.formatted(platform));
			for (String id : DEDICATED) {
				assertEquals(List.of(), Designs.of(id, all), id + " on " + platform);
			}
		}
	}

	@Test
	void convergedNetworking_on2008R2_stillNeedsDedicatedAdapters_andSaysWhy() {
		String design = CONVERGED.formatted("platform hyperv-2008-r2");
		List<Finding> all = Designs.validate(design);
		List<Finding> management = Designs.of("IPD-2-21", all);
		assertEquals(1, management.size(), Designs.describe(all));
		assertEquals("host adapter vMgmt on virtual switch VS of host design HD-1 carries host management, but "
				+ "hyperv-2008-r2 cannot guarantee it a share of the shared adapters: its QoS enforces maximum bandwidth "
				+ "only (rate limiting, Windows Server 2012 R2 virtualization overview, Network Quality of Service (QoS), seed 001 L766), not the minimum bandwidth that converging traffic types on one "
				+ "adapter needs (L777, L790) — dedicate a physical adapter to host management ('adapter <name> ports 1 "
				+ "purpose host-management')", management.get(0).message());
		assertEquals(Designs.position(design, 8, "host-management"), Designs.position(management.get(0)));
		assertEquals(1, Designs.of("IPD-2-22", all).size(), Designs.describe(all));
		assertEquals(1, Designs.of("IPD-2-24", all).size(), Designs.describe(all));
		List<Finding> guests = Designs.of("IPD-2-25", all);
		assertEquals(1, guests.size(), Designs.describe(all));
		assertTrue(guests.get(0).message().startsWith("virtual switch VS of host design HD-1 carries guest VM traffic, "
				+ "but hyperv-2008-r2 cannot guarantee it a share"), guests.get(0).message());
		assertEquals(Designs.position(design, 11, "70"), Designs.position(guests.get(0)));
		// no platform declared: the finding says converged networking needs 2012 and asks for the platform
		List<Finding> undeclared = Designs.of("IPD-2-21", Designs.validate(CONVERGED.formatted("")));
		assertEquals(1, undeclared.size());
		assertTrue(undeclared.get(0).message().contains("the design declares no platform"), undeclared.get(0).message());
	}

	@Test
	void convergedNetworking_needsAWeightedHostAdapterOfItsOwnOnATeam() {
		String noWeight = CONVERGED.formatted("platform hyperv-2012-r2").replace("vMgmt purpose host-management weight 10",
				"vMgmt purpose host-management");
		List<Finding> found = Designs.of("IPD-2-21", Designs.validate(noWeight));
		assertEquals(1, found.size());
		assertTrue(found.get(0).message().endsWith("carries host management, but it has no minimum-bandwidth weight, so "
				+ "under congestion host management gets no share of the team (Windows Server 2012 R2 virtualization overview, Network Quality of Service (QoS), "
				+ "Minimum Bandwidth, seed 001 L790): add 'weight <1-100>'"),
				found.get(0).message());
		String sharedVnic = CONVERGED.formatted("platform hyperv-2012-r2").replace("vMgmt purpose host-management",
				"vMgmt purpose host-management, live-migration");
		found = Designs.of("IPD-2-21", Designs.validate(sharedVnic));
		assertEquals(1, found.size());
		assertTrue(found.get(0).message().contains("it also carries live-migration"), found.get(0).message());
		String oneAdapter = CONVERGED.formatted("platform hyperv-2012-r2").replace("virtual-switch VS team T",
				"virtual-switch VS adapter NIC-A");
		List<Finding> all = Designs.validate(oneAdapter);
		for (String id : DEDICATED) {
			assertEquals(1, Designs.of(id, all).size(), id + Designs.describe(all));
			assertTrue(Designs.of(id, all).get(0).message().contains("is bound to adapter NIC-A, not to a NIC team"),
					Designs.of(id, all).get(0).message());
		}
		String noGuestWeight = CONVERGED.formatted("platform hyperv-2012-r2").replace("default-weight 70", "");
		found = Designs.of("IPD-2-25", Designs.validate(noGuestWeight));
		assertEquals(1, found.size());
		assertTrue(found.get(0).message().contains("leaves the guests no minimum-bandwidth weight"),
				found.get(0).message());
	}
}
