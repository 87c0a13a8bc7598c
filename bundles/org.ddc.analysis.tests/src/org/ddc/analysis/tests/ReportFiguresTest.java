package org.ddc.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.ddc.analysis.Demand;
import org.ddc.analysis.DesignAnalysis;
import org.ddc.analysis.DesignIndex;
import org.ddc.analysis.ManagementScope;
import org.ddc.analysis.ManagementScope.Part;
import org.ddc.analysis.ManagementScope.Served;
import org.ddc.analysis.ManagementScope.Service;
import org.ddc.analysis.failure.Impact;
import org.ddc.analysis.placement.ClusterPlan.HostLoad;
import org.ddc.analysis.placement.Survival;
import org.ddc.analysis.sizing.ClusterSizing;
import org.ddc.analysis.sizing.ClusterSizing.ResourceUse;
import org.ddc.analysis.sizing.SizingText;
import org.ddc.dsl.DdcStandaloneSetup;
import org.ddc.dsl.load.DesignLoader;
import org.ddc.model.Workload;
import org.ddc.rules.RuleEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The figures the report's tables read from the analysis (Tables, the sizing, placement and failure
 * sections), on small designs and on examples/contoso, against values worked out by hand.
 */
class ReportFiguresTest {
	private static final double GB = 1024;
	private static final Path CONTOSO = Path.of(System.getProperty("user.dir")).resolve("../../examples/contoso")
			.normalize();
	private static DesignAnalysis contoso;

	@BeforeAll
	static void load() throws Exception {
		DesignLoader loader = DdcStandaloneSetup.injector().getInstance(DesignLoader.class);
		contoso = RuleEngine.standard().analysis(DesignIndex.of(loader.load(List.of(CONTOSO)).models()));
	}

	private static DesignAnalysis inline(String text) {
		DesignLoader loader = DdcStandaloneSetup.injector().getInstance(DesignLoader.class);
		return DesignAnalysis.of(DesignIndex.of(loader.loadText(Map.of("design.ddc", text)).models()));
	}

	private static final String FAULT_TOLERANCE = """
			design D { policy { peak-buffer 20 % growth 25 % } }
			workload WEB { memory 4 GB cpu 2 % disk 10 GB iops 100 IOPS throughput 50 Mbps instances 3 vcpus 2
				fault-tolerance required approach load-balancing }
			workload SQL { memory 16 GB cpu 8 % iops 1000 IOPS instances 2
				virtual-disk OS 40 GB vhdx virtual-disk DATA 500 GB vhdx shared
				fault-tolerance required approach vm-clustering }
			workload AOS { memory 8 GB instances 2 fault-tolerance required approach application-level }
			workload FILE { memory 8 GB instances 1 fault-tolerance required approach host-clustering }
			workload OLD { memory 64 GB instances 4 in-scope no fault-tolerance required approach load-balancing }
			""";

	@Test
	void faultToleranceExtras_areTheInstancesBeyondTheFirst_ofLoadBalancedAndVmClusteredWorkloads() {
		DesignAnalysis analysis = inline(FAULT_TOLERANCE);
		List<Workload> workloads = analysis.index().all(Workload.class);
		// WEB: 2 extra VMs of 4 GB, 2 %, 10 GB, 100 IOPS, 50 Mbps, 2 vCPUs; SQL: 1 extra VM of 16 GB, 8 %, its own
		// 40 GB OS disk (the shared 500 GB data disk is not copied), 1,000 IOPS; AOS (application level), FILE (host
		// clustering: a host, not a VM) and OLD (out of scope) add none
		Demand extras = Demand.faultToleranceExtras(workloads);
		assertEquals(new Demand(2 * 4 * GB + 16 * GB, 2 * 2 + 8, 2 * 10 * GB + 40 * GB, 2 * 100 + 1000, 2 * 50, 3,
				2 * 2 + 1), extras);
		assertEquals(Demand.NONE, Demand.faultToleranceExtras(workloads.get(2)));
		assertEquals(Demand.NONE, Demand.faultToleranceExtras(workloads.get(4)));
	}

	@Test
	void peakBufferAndGrowth_multiplyLoadBy1_5_andDiskSpaceByGrowthOnly() {
		DesignAnalysis analysis = inline(FAULT_TOLERANCE);
		Demand total = Demand.total(analysis.index().all(Workload.class));
		// in scope: WEB 3 × (4 GB, 2 %, 10 GB, 100 IOPS, 50 Mbps), SQL 2 × (16 GB, 8 %, 1,000 IOPS) + 2 × 40 GB + 500 GB,
		// AOS 2 × 8 GB, FILE 8 GB: 12 + 32 + 16 + 8 = 68 GB, 6 + 16 = 22 %, 610 GB, 2,300 IOPS, 150 Mbps
		assertEquals(new Demand(68 * GB, 22, 610 * GB, 2300, 150, 8, 3 * 2 + 2 + 2 + 1), total);
		// (1 + 20 %) × (1 + 25 %) = 1.5 on memory, CPU, IOPS and throughput; 1.25 on disk space
		Demand planned = total.withPeakBufferAndGrowth(analysis.index().design());
		assertEquals(102 * GB, planned.memoryMb(), 1e-9);
		assertEquals(33, planned.cpuPercent(), 1e-9);
		assertEquals(762.5 * GB, planned.diskMb(), 1e-9);
		assertEquals(3450, planned.iops(), 1e-9);
		assertEquals(225, planned.throughputMbps(), 1e-9);
		assertEquals(8, planned.vms());
	}

	@Test
	void reserveHosts_areTheKOfEveryCluster_andNoneForUnclusteredHosts() {
		// CL-A 4 hosts N+2 (its own), CL-B 4 hosts N+1 (policy), POOL unclustered: 3 hosts in reserve
		DesignAnalysis analysis = inline("""
				design D { policy { failover-reserve N + 1 } }
				host-design HD { memory 64 GB quantity 8 cluster CL-A hosts 4 failover-reserve N + 2 cluster CL-B hosts 4 }
				host-design POOL { memory 64 GB quantity 3 }
				""");
		assertEquals(3, analysis.hosts().reserveHosts());
		// contoso: three clusters, N+1 each
		assertEquals(3, contoso.hosts().reserveHosts());
	}

	@Test
	void tableA4Counts_ofContoso_startFromTheHosts_andAddGuestsAndManagementServersOnce() {
		Map<Service, Served> rows = new java.util.EnumMap<>(Service.class);
		ManagementScope.of(contoso.index()).served(contoso.hosts()).forEach(s -> rows.put(s.service(), s));
		assertEquals(List.of(Service.values()), List.copyOf(rows.keySet()));
		// 15 hosts; all guests in scope: 65 server VMs and 88 desktops (40 + 30 + 10 + 8); 15 management servers,
		// CON-DC01 and CON-DC02 the domain controllers
		Served auth = rows.get(Service.DOMAIN_AUTHENTICATION);
		assertEquals(Map.of(Part.HOSTS, 15, Part.SERVER_GUESTS, 65, Part.DESKTOP_GUESTS, 88, Part.DOMAIN_CONTROLLERS, 2,
				Part.MANAGEMENT_SERVERS, 13), auth.parts());
		assertEquals(183, auth.total());
		// the OpsMgr guide's split (L331): 2 domain controllers, 88 workstations, 93 member servers
		Served opsMgr = rows.get(Service.OPSMGR);
		assertEquals(List.of(2, 88, 93), List.of(opsMgr.domainControllers(), opsMgr.workstations(),
				opsMgr.memberServers()));
		assertEquals(ManagementScope.of(contoso.index()).opsMgrAgents(), opsMgr.total());
		for (Service hostsOnly : List.of(Service.VMM_HOSTS, Service.MDT, Service.OVMST)) {
			assertEquals(Map.of(Part.HOSTS, 15), rows.get(hostsOnly).parts(), hostsOnly.name());
		}
		// every VM the sizing places: 65 + 88 workload VMs and the 2 virtual RD servers
		assertEquals(Map.of(Part.SERVER_VMS, 65, Part.DESKTOP_VMS, 88, Part.MANAGEMENT_VMS, 2),
				rows.get(Service.VMM_VIRTUAL_MACHINES).parts());
		// hardware management: the hosts and the 13 physical management servers (CON-RDS runs virtual)
		assertEquals(Map.of(Part.HOSTS, 15, Part.DOMAIN_CONTROLLERS, 2, Part.MANAGEMENT_SERVERS, 11),
				rows.get(Service.HARDWARE_MANAGEMENT).parts());
	}

	@Test
	void tableA4Counts_leaveGuestsOut_untilTheyAreInManagementScope() {
		DesignAnalysis analysis = inline("""
				design D { }
				workload-group G { host-design HD }
				workload W { memory 2 GB instances 5 group G }
				host-design HD { memory 64 GB quantity 2 }
				management-server DC { roles domain-controller, dns runs physical count 2 }
				""");
		Served auth = ManagementScope.of(analysis.index()).served(analysis.hosts()).get(0);
		assertEquals(Map.of(Part.HOSTS, 2, Part.DOMAIN_CONTROLLERS, 2), auth.parts());
		assertEquals(Map.of(Part.SERVER_VMS, 5),
				ManagementScope.of(analysis.index()).served(analysis.hosts()).get(3).parts());
	}

	@Test
	void resourceUse_ofThePciCluster_isWhatTheCommentWorksOut() {
		ClusterSizing pci = cluster("CON-CL-PCI");
		List<ResourceUse> use = pci.resourceUse(contoso.index().design());
		// memory: 216 GB at peak, 324 GB with × 1.5; 3 hosts of 252 GB, one held in reserve: 180 GB free
		ResourceUse memory = use.get(0);
		assertEquals("memory", memory.resource());
		assertEquals(216 * GB, memory.peakDemand(), 1e-6);
		assertEquals(108 * GB, memory.buffer(), 1e-6);
		assertEquals(756 * GB, memory.capacity(), 1e-6);
		assertEquals(252 * GB, memory.reserve(), 1e-6);
		assertEquals(180 * GB, memory.free(), 1e-6);
		assertEquals(180.0 / 504, memory.freeShare(), 1e-12);
		// CPU: 35 % at peak, 52.5 % planned; hosts equal the reference CPU (100 % each): 147.5 % free after N+1
		ResourceUse cpu = use.get(1);
		assertEquals(35, cpu.peakDemand(), 1e-9);
		assertEquals(300, cpu.capacity(), 1e-9);
		assertEquals(147.5, cpu.free(), 1e-9);
		// the headroom the command line prints is the same figure
		assertEquals(memory.free(), pci.headroom().get(0).free(), 1e-6);
	}

	@Test
	void hostLoads_sayWhatIsFree_theReserveHostAllOfIt() {
		ClusterSizing pci = cluster("CON-CL-PCI");
		double free = 0;
		for (HostLoad load : pci.plan().hostLoads()) {
			assertEquals(load.host().memoryMb() - load.memoryMb(), load.freeMemoryMb(), 1e-9);
			free += load.freeMemoryMb();
			if (load.host().id().equals("HD-PCI-03")) {
				assertEquals(252 * GB, load.freeMemoryMb(), 1e-6);
				assertEquals(100, load.freeCpuPercent(), 1e-9);
			}
		}
		// 756 GB of the three hosts less the 324 GB placed
		assertEquals(432 * GB, free, 1e-6);
	}

	@Test
	void failureDomains_everyRackFeedSwitchAndStorageUnit_withTheSinglePointsOfFailureAmongThem() {
		List<Impact> impacts = contoso.failures().infrastructureImpacts();
		assertEquals(contoso.failures().infrastructure().size(), impacts.size());
		Impact r01 = impacts.stream().filter(i -> i.failed().get(0).name().equals("CON-R01")).findFirst().orElseThrow();
		assertTrue(r01.singlePointOfFailure(), "FS-HOME has its only instance in R01");
		Impact switchA1 = impacts.stream().filter(i -> i.failed().get(0).name().equals("CON-SW-A1")).findFirst()
				.orElseThrow();
		assertFalse(switchA1.singlePointOfFailure(), "every host has a path through CON-SW-B1");
		// the five of 'ddc analyze': the three racks and the two SANs
		assertEquals(List.of("CON-R01", "CON-R02", "CON-R03", "CON-FC-SAN01", "CON-ISCSI-SAN01"),
				contoso.failures().singlePointsOfFailure().stream().map(i -> i.failed().get(0).name()).toList());
	}

	@Test
	void survivalFailure_namesTheVmAndTheFailedHost() {
		// two hosts of 16 GB usable (20 GB less the 4 GB host reserve), N+1: the 10 GB VMs fit one on each host, but
		// when one host fails its VM finds no room on the other
		DesignAnalysis analysis = inline("""
				design D { policy { failover-reserve N + 1 } }
				workload-group G { host-design HD }
				workload A { memory 10 GB group G }
				workload B { memory 10 GB group G }
				host-design HD { memory 20 GB quantity 2 cluster-size 2 }
				""");
		Survival survival = analysis.hosts().hostDesigns().get(0).clusters().get(0).plan().survival();
		assertEquals(Survival.Status.FAILS, survival.status());
		assertEquals("VM A cannot restart when HD-01 fails (memory)", SizingText.failure(survival.failures().get(0)));
	}

	private static ClusterSizing cluster(String name) {
		return contoso.hosts().hostDesigns().stream().flatMap(h -> h.clusters().stream())
				.filter(c -> c.name().equals(name)).findFirst().orElseThrow();
	}
}
