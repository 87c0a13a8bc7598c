package org.ddc.generate.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.ddc.analysis.DesignIndex;
import org.ddc.analysis.Demand;
import org.ddc.analysis.Sizing;
import org.ddc.analysis.placement.Host;
import org.ddc.analysis.sizing.HostDesignSizing;
import org.ddc.analysis.sizing.HostLimits;
import org.ddc.analysis.sizing.HostSizing;
import org.ddc.dsl.DdcStandaloneSetup;
import org.ddc.dsl.load.DesignLoader;
import org.ddc.generate.HostCount;
import org.ddc.generate.PlatformLimits;
import org.ddc.generate.SyntheticDesignGenerator;
import org.ddc.model.DdcModel;
import org.ddc.model.DdcPackage;
import org.ddc.model.HostDesign;
import org.ddc.model.Workload;
import org.ddc.model.WorkloadGroup;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The hosts the generator gives its host designs: the bounds of the shared sizing, confirmed by placement. */
class HostCountTest {
	private static final PlatformLimits LIMITS = SyntheticDesignGenerator.limits();

	/**
	 * Hosts of 256 GB (252 GB for VMs after the default 4 GB host reserve) and 400 % of the reference CPU; peak
	 * buffer 20 % and growth 25 %: every VM counts 1.5 times its peak.
	 */
	private static final String DESIGN = """
			design D {
				platform hyperv-2012-r2
				reference-cpu 1 x 4 cores 2.5 GHz
				policy { peak-buffer 20 % growth 25 % failover-reserve N + 1 }
			}
			host-design H { cpu 2 x 8 cores 2.5 GHz memory 256 GB }
			workload-group G { host-design H }
			""";

	@Test
	void limits_comeFromTheCatalog() {
		assertEquals(new PlatformLimits(new HostLimits(1024, 2048), 64, 8000, 400, 8000, 6000), LIMITS);
	}

	@Test
	void memoryWithPeakBufferAndGrowth_plusTheSpare() {
		// 20 × 16 GB × 1.5 = 480 GB over 252 GB: 2 hosts, and 1 spare
		assertEquals(new HostCount.Hosts(3, 3), sizing(LIMITS, """
				workload FS { memory 16 GB cpu 10 % instances 20 group G fault-tolerance required approach host-clustering }
				"""));
	}

	@Test
	void cpuWithPeakBufferAndGrowth_whenItBinds() {
		// 20 × 50 % × 1.5 = 1,500 % over 400 % per host: 4 hosts (memory: 60 GB, 1 host), and 1 spare
		assertEquals(new HostCount.Hosts(5, 5), sizing(LIMITS, """
				workload CALC { memory 2 GB cpu 50 % instances 20 group G }
				"""));
	}

	@Test
	void instancesOfALoadBalancedWorkload_onHostsOfTheirOwn_andTheSpare() {
		// 6 × 4 GB needs 1 host, but the 6 instances run on different hosts, and one more takes a failed one's
		assertEquals(new HostCount.Hosts(7, 7), sizing(LIMITS, """
				workload WEB { memory 4 GB cpu 2 % instances 6 group G fault-tolerance required approach load-balancing }
				"""));
	}

	@Test
	void clustersWithinTheNodeLimit_eachWithItsSpare() {
		// 1,050 × 16 GB × 1.5 = 25,200 GB over 252 GB: 100 hosts; clusters of at most 64 nodes: 2 clusters of 51
		assertEquals(new HostCount.Hosts(102, 51), sizing(LIMITS, """
				workload APP { memory 16 GB cpu 1 % instances 1050 group G }
				"""));
	}

	@Test
	void runningVmsPerHost_whenTheLimitBinds() {
		PlatformLimits hundredPerHost = new PlatformLimits(new HostLimits(100, Host.UNLIMITED), 64, 8000, 400, 8000, 6000);
		// 3,000 × 1 GB × 1.5 = 4,500 GB: 18 hosts by memory, but at most 100 VMs per host: 30, and the spare
		assertEquals(new HostCount.Hosts(31, 31), sizing(hundredPerHost, """
				workload VDI { kind vdi-desktop memory 1 GB cpu 1 % instances 3000 group G }
				"""));
	}

	@Test
	void placement_addsHostsWhereWholeVmsDoNotPackToTheBound() {
		// 5 VMs of 100 GB × 1.5 = 150 GB: the bound is 750 / 252 = 3 hosts and a spare, but no host holds two
		String workload = "workload BIG { memory 100 GB cpu 1 % instances 5 group G }\n";
		assertEquals(new HostCount.Hosts(4, 4), sizing(LIMITS, workload));
		DesignIndex index = index(workload);
		HostDesign host = index.all(HostDesign.class).get(0);
		assertEquals(new HostCount.Hosts(6, 6), HostCount.placement(LIMITS).of(host, index.workloadsOn(host), index.design()));
		assertEquals(1, host.getQuantity(), "the caller's host design is left as it was");
	}

	@Test
	void placement_leavesObjectsNoModelContainsAsTheyWere() {
		DesignIndex index = index("workload BIG { memory 100 GB cpu 1 % instances 5 group G }\n");
		HostDesign host = index.all(HostDesign.class).get(0);
		List<Workload> workloads = index.workloadsOn(host);
		WorkloadGroup group = workloads.get(0).getGroup();
		EcoreUtil.resolveAll(host.eResource().getResourceSet());
		for (EObject loose : List.of(host, group, workloads.get(0))) {
			EcoreUtil.remove(loose);
		}
		assertEquals(new HostCount.Hosts(6, 6), HostCount.placement(LIMITS).of(host, workloads, index.design()));
		for (EObject loose : List.of(host, group, workloads.get(0))) {
			assertNull(loose.eContainer(), loose + " is in no model");
		}
		assertFalse(host.eIsSet(DdcPackage.Literals.HOST_DESIGN__QUANTITY));
		assertFalse(host.isSetClusterSize());
		assertEquals(host, group.getHostDesign());
		assertEquals(group, workloads.get(0).getGroup());
	}

	@ParameterizedTest(name = "{0} workloads, seed {1}")
	@CsvSource({ "1, 1", "10, 3", "300, 7", "5000, 2" })
	void generatedHostDesigns_meetTheBounds_andPlacementWithNPlusKConfirmsThem(int workloads, long seed) {
		DdcModel model = SyntheticDesignGenerator.generate(workloads, seed);
		DesignIndex index = DesignIndex.of(List.of(model));
		int reserve = Sizing.failoverReserve(index.design());
		assertEquals(1, reserve);
		HostSizing placement = HostSizing.of(index, LIMITS.host());
		int above = 0;
		for (HostDesign host : index.all(HostDesign.class)) {
			List<Workload> on = index.workloadsOn(host);
			Demand demand = Demand.total(on);
			int quantity = host.getQuantity();
			int clusters = ceil(quantity, host.getClusterSize());
			int active = quantity - clusters * reserve;
			String name = host.getName();
			assertTrue(active >= Sizing.hostsNeeded(host, demand, index.design()).hosts(), name + ": memory and CPU");
			int largestSet = on.stream().filter(HostSizing::antiAffine).mapToInt(Workload::getInstances).max().orElse(1);
			assertTrue(quantity / clusters >= largestSet + reserve, name + ": instances on different hosts, and N+1");
			assertTrue(host.getClusterSize() <= LIMITS.clusterNodes(), name + ": nodes per cluster");
			assertTrue(ceil(demand.vms(), active) <= LIMITS.host().runningVms(), name + ": VMs per host");
			assertTrue(ceil(demand.vms(), clusters) <= LIMITS.clusterRunningVms(), name + ": VMs per cluster");
			HostDesignSizing sizing = placement.of(host);
			assertTrue(sizing.fits(), name + ": placed with N+1 survival in every cluster");
			HostCount.Hosts bound = HostCount.sizing(LIMITS).of(host, on, index.design());
			assertTrue(quantity >= bound.quantity(), name);
			above += quantity - bound.quantity();
		}
		System.out.printf("%,d workloads: %d host designs, %,d hosts, %d above the arithmetic bound%n", workloads,
				index.all(HostDesign.class).size(), index.hostCount(), above);
	}

	private static HostCount.Hosts sizing(PlatformLimits limits, String workloads) {
		DesignIndex index = index(workloads);
		HostDesign host = index.all(HostDesign.class).get(0);
		return HostCount.sizing(limits).of(host, index.workloadsOn(host), index.design());
	}

	private static DesignIndex index(String workloads) {
		return DesignIndex.of(DdcStandaloneSetup.injector().getInstance(DesignLoader.class)
				.loadText(Map.of("d.ddc", DESIGN + workloads)).models());
	}

	private static int ceil(int value, int divisor) {
		return (value + divisor - 1) / divisor;
	}
}
