package org.ddc.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ddc.dsl.validation.Finding;
import org.ddc.model.PlatformVersion;
import org.ddc.rules.limits.ScaleLimits;
import org.junit.jupiter.api.Test;

/** Scale limits per platform version: stated values apply, values the seeds do not state are skipped. */
class LimitRulesTest {
	/** Where the guide-table limits of seed 001 (Table 1, L187–196, and the prose after it) stand. */
	private static final String SCALABILITY = "Windows Server 2012 R2 virtualization overview, "
			+ "Scalability, Performance & Density, ";


	private static List<Finding> of(String id, String platform, String body) {
		return Designs.of(id, Designs.validate("design D { platform " + platform + " }\n" + body));
	}

	private static void fires(String id, String platform, String body) {
		List<Finding> findings = of(id, platform, body);
		assertEquals(1, findings.size(), id + " on " + platform + ": " + Designs.describe(findings));
	}

	private static void silent(String id, String platform, String body) {
		List<Finding> findings = of(id, platform, body);
		assertEquals(List.of(), findings, id + " on " + platform);
	}

	@Test
	void limitsTable_hasEveryKeyForEveryVersion_andSkipsUnstatedValues() {
		ScaleLimits limits = ScaleLimits.load();
		for (String key : List.of("host.logicalProcessors", "host.memory", "host.vcpus", "host.runningVms", "vm.vcpus",
				"vm.memory", "cluster.nodes", "cluster.runningVms", "vdisk.vhdx.size", "vdisk.vhd.size",
				"vm.virtualDisks", "vm.vfcAdapters", "lm.sameCpuVendor", "lm.sameSubnet", "cluster.sharedStorage",
				"cluster.smbStorage", "lm.dedicatedNetwork", "lm.networkSpeed", "lm.simultaneous", "csv.cacheMemory")) {
			for (PlatformVersion platform : PlatformVersion.values()) {
				ScaleLimits.Limit limit = limits.get(key, platform);
				assertTrue(limit != null, key + " has no row for " + platform);
				assertTrue(limit.citation().line() > 0, key + "@" + platform + " cites no line");
				assertTrue(limit.note().split("\\s+").length <= 25, key + "@" + platform + " quote too long");
			}
		}
		assertEquals(1024.0, limits.value("host.runningVms", PlatformVersion.HYPERV2012R2));
		assertNull(limits.value("host.runningVms", PlatformVersion.HYPERV2012));
		assertEquals(16.0, limits.value("cluster.nodes", PlatformVersion.HYPERV2008R2));
	}

	@Test
	void limitsTable_valuesTheSeedsStateOnTheCitedLines() {
		ScaleLimits limits = ScaleLimits.load();
		// 001 L204: "to 64 nodes in Windows Server 2012 and Windows Server 2012 R2. This in turn, supports ... up from
		// 1,000 to 8,000" — the 2012 cluster VM maximum is in the sentence after the 2012 node maximum
		ScaleLimits.Limit clusterVms = limits.get("cluster.runningVms", PlatformVersion.HYPERV2012);
		assertEquals(8000.0, clusterVms.value());
		assertEquals("seed 001 L204", clusterVms.citation().reference());
		// 001 L293, in the VHDX section; VHDX came with Windows Server 2012 (L289)
		assertEquals(256.0, limits.value("vm.virtualDisks", PlatformVersion.HYPERV2012));
		assertNull(limits.value("vm.virtualDisks", PlatformVersion.HYPERV2008R2));
		// 001 L2025: 20 % of the physical RAM on 2012, up to 80 % on 2012 R2
		assertEquals(20.0, limits.value("csv.cacheMemory", PlatformVersion.HYPERV2012));
		assertEquals(80.0, limits.value("csv.cacheMemory", PlatformVersion.HYPERV2012R2));
		assertEquals("seed 001 L2025", limits.get("csv.cacheMemory", PlatformVersion.HYPERV2012R2).citation().reference());
		// 004 L57: one live migration between any two nodes, number_of_nodes/2 per cluster
		assertEquals(0.5, limits.value("lm.simultaneous", PlatformVersion.HYPERV2008R2));
		assertEquals("seed 004 L57", limits.get("lm.simultaneous", PlatformVersion.HYPERV2008R2).citation().reference());
		assertNull(limits.value("lm.simultaneous", PlatformVersion.HYPERV2012R2));
		// 001 L1676 (2012) and L1635 (2012 R2): live migration across subnets with Hyper-V Network Virtualization
		assertEquals(1.0, limits.value("lm.sameSubnet", PlatformVersion.HYPERV2008R2));
		assertEquals(0.0, limits.value("lm.sameSubnet", PlatformVersion.HYPERV2012));
		assertEquals("seed 001 L1676", limits.get("lm.sameSubnet", PlatformVersion.HYPERV2012).citation().reference());
		assertEquals(0.0, limits.value("lm.sameSubnet", PlatformVersion.HYPERV2012R2));
		assertEquals("seed 001 L1635", limits.get("lm.sameSubnet", PlatformVersion.HYPERV2012R2).citation().reference());
		// System Center limits hold on every platform: 000 L260 and L330
		assertEquals(400.0, limits.get("vmm.hosts").value());
		assertEquals(8000.0, limits.get("vmm.vms").value());
		assertEquals("seed 000 L260", limits.get("vmm.vms").citation().reference());
		assertEquals(6000.0, limits.get("opsmgr.agents").value());
		assertEquals("seed 000 L330", limits.get("opsmgr.agents").citation().reference());
		assertNull(limits.get("vmm.hosts", PlatformVersion.HYPERV2012R2), "not a per-version row");
	}

	@Test
	void logicalProcessorsOn2008R2_recordTheSeedsDisagreement() {
		// 001 L188 (Table 1) gives 64 for Windows Server 2008 R2 Hyper-V, 004 L10 "supports up to 32 logical
		// processor cores"; the catalog keeps 64 and says that seed 004 states 32
		ScaleLimits.Limit limit = ScaleLimits.load().get("host.logicalProcessors", PlatformVersion.HYPERV2008R2);
		assertEquals(64.0, limit.value());
		assertEquals("seed 004 L10 states 32", limit.disagreement());
		assertEquals("64 logical processors (" + SCALABILITY + "seed 001 L188; seed 004 L10 states 32)",
				limit.describe());
		assertEquals("", ScaleLimits.load().get("host.logicalProcessors", PlatformVersion.HYPERV2012R2).disagreement());
		List<Finding> findings = of("LIM-HOST-LP", "hyperv-2008-r2",
				"host-design H { cpu 4 x 12 cores 2.6 GHz intel threads 2 memory 512 GB }\n");
		assertEquals(1, findings.size(), Designs.describe(findings));
		assertTrue(findings.get(0).message().contains("(" + SCALABILITY + "seed 001 L188; seed 004 L10 states 32)"),
				findings.get(0).message());
	}

	@Test
	void hostMemory_1TbOn2008R2_4TbOn2012R2_notStatedFor2012() {
		String host = "host-design H { cpu 2 x 8 cores 2.6 GHz intel memory 2 TB }\n";
		fires("LIM-HOST-MEM", "hyperv-2008-r2", host);
		silent("LIM-HOST-MEM", "hyperv-2012-r2", host);
		silent("LIM-HOST-MEM", "hyperv-2012", host);
	}

	@Test
	void vmLimits_perVersion() {
		String vm = "workload SQL { vcpus 8 memory 96 GB }\n";
		fires("LIM-VM-VCPU", "hyperv-2008-r2", vm);
		silent("LIM-VM-VCPU", "hyperv-2012", vm);
		silent("LIM-VM-VCPU", "hyperv-2012-r2", vm);
		fires("LIM-VM-VCPU", "hyperv-2012", "workload SQL { vcpus 72 memory 96 GB }\n");
		fires("LIM-VM-MEM", "hyperv-2008-r2", vm);
		silent("LIM-VM-MEM", "hyperv-2012-r2", vm);
		fires("LIM-VM-MEM", "hyperv-2012-r2", "workload SQL { vcpus 8 memory 2 TB }\n");
		silent("LIM-VM-MEM", "hyperv-2012", "workload SQL { vcpus 8 memory 2 TB }\n");
	}

	@Test
	void clusters_16NodesOn2008R2_64From2012_andSplitAdvice() {
		String host = "host-design H { quantity 80 cluster-size 80 cpu 2 x 8 cores 2.6 GHz intel memory 256 GB }\n";
		List<Finding> findings = of("LIM-CLUSTER-NODES", "hyperv-2012-r2", host);
		assertEquals(1, findings.size(), Designs.describe(findings));
		assertTrue(findings.get(0).message().contains("split into 2 clusters of 40 nodes"), findings.get(0).message());
		fires("LIM-CLUSTER-NODES", "hyperv-2012", host);
		String twenty = host.replace("80", "20");
		fires("LIM-CLUSTER-NODES", "hyperv-2008-r2", twenty);
		silent("LIM-CLUSTER-NODES", "hyperv-2012", twenty);
	}

	@Test
	void vmsPerCluster_1000On2008R2_8000From2012() {
		String body = """
				workload-group G { host-design H }
				workload VDI { kind vdi-desktop instances 1200 vcpus 1 memory 1 GB group G }
				host-design H { quantity 16 cluster-size 16 cpu 2 x 8 cores 2.6 GHz intel memory 256 GB }
				""";
		fires("LIM-CLUSTER-VMS", "hyperv-2008-r2", body);
		silent("LIM-CLUSTER-VMS", "hyperv-2012", body);
		silent("LIM-CLUSTER-VMS", "hyperv-2012-r2", body);
		// 8,100 VMs on one cluster of 64 nodes: above the 8,000 of 001 L204 (2012), which used to be "not stated"
		String large = """
				workload-group G { host-design H }
				workload VDI { kind vdi-desktop instances 8100 vcpus 1 memory 1 GB group G }
				host-design H { quantity 64 cluster-size 64 cpu 2 x 8 cores 2.6 GHz intel memory 512 GB }
				""";
		List<Finding> findings = of("LIM-CLUSTER-VMS", "hyperv-2012", large);
		assertEquals(1, findings.size(), Designs.describe(findings));
		assertTrue(findings.get(0).message().contains("8,000 running VMs (" + SCALABILITY + "seed 001 L204)"), findings.get(0).message());
		silent("LIM-CLUSTER-VMS", "hyperv-2012", large.replace("8100", "8000"));
	}

	@Test
	void virtualDisksPerVm_256From2012() {
		StringBuilder disks = new StringBuilder("workload FS {\n\tmemory 16 GB");
		for (int i = 1; i <= 257; i++) {
			disks.append("\n\tvirtual-disk D").append(i).append(" 10 GB vhdx");
		}
		String body = disks + "\n}\n";
		List<Finding> findings = of("LIM-VDISK-COUNT", "hyperv-2012", body);
		assertEquals(1, findings.size(), Designs.describe(findings));
		assertTrue(findings.get(0).message().contains("257 virtual disks per VM")
				&& findings.get(0).message().contains("256 virtual disks (Windows Server 2012 R2 virtualization overview, New Virtual Hard Disk Format (VHDX), seed 001 L293)"), findings.get(0).message());
		silent("LIM-VDISK-COUNT", "hyperv-2012", body.replace("\n\tvirtual-disk D257 10 GB vhdx", ""));
	}

	@Test
	void virtualDisks_vhdNeedsVhdxAbove2Tb_vhdxFrom2012_upTo64Tb() {
		fires("LIM-VDISK-SIZE", "hyperv-2012-r2", "workload FS { memory 8 GB virtual-disk D 3 TB vhd }\n");
		silent("LIM-VDISK-SIZE", "hyperv-2012-r2", "workload FS { memory 8 GB virtual-disk D 3 TB vhdx }\n");
		fires("LIM-VDISK-SIZE", "hyperv-2012", "workload FS { memory 8 GB virtual-disk D 80 TB vhdx }\n");
		fires("LIM-VDISK-SIZE", "hyperv-2012-r2", "workload FS { memory 8 GB virtual-disk D 80 TB }\n");
		fires("LIM-VDISK-SIZE", "hyperv-2008-r2", "workload FS { memory 8 GB virtual-disk D 1 TB vhdx }\n");
		fires("LIM-VDISK-SIZE", "hyperv-2008-r2", "workload FS { memory 8 GB virtual-disk D 3 TB vhd }\n");
		silent("LIM-VDISK-SIZE", "hyperv-2008-r2", "workload FS { memory 8 GB virtual-disk D 3 TB pass-through }\n");
	}

	@Test
	void virtualFibreChannel_needs2012_andAtMostFourAdapters() {
		String two = "workload SQL { memory 64 GB virtual-fc-adapters 2 }\n";
		List<Finding> findings = of("LIM-VFC", "hyperv-2008-r2", two);
		assertEquals(1, findings.size(), Designs.describe(findings));
		assertTrue(findings.get(0).message().contains("Windows Server 2012 or later"), findings.get(0).message());
		silent("LIM-VFC", "hyperv-2012", two);
		fires("LIM-VFC", "hyperv-2012", "workload SQL { memory 64 GB virtual-fc-adapters 5 }\n");
	}

	@Test
	void liveMigration_prerequisitesPerVersion() {
		String vendors = """
				host-design H-1 { quantity 2 cpu 2 x 8 cores 2.6 GHz intel memory 256 GB }
				host-design H-2 { quantity 2 cpu 2 x 8 cores 2.6 GHz amd memory 256 GB }
				vmm-instance VMM-1 { manages H-1 }
				vmm-instance VMM-2 { manages H-2 }
				""";
		silent("LIM-LM-CPU", "hyperv-2012-r2", vendors);
		fires("LIM-LM-CPU", "hyperv-2008-r2", vendors.replace("manages H-1 }", "manages H-1, H-2 }"));
		silent("LIM-LM-CPU", "hyperv-2012", vendors.replace("manages H-1 }", "manages H-1, H-2 }"));

		String smb = """
				storage-system FS { type nas protocol smb }
				host-design H { quantity 4 cluster-size 4 cpu 2 x 8 cores 2.6 GHz intel memory 256 GB storage FS }
				""";
		fires("LIM-LM-STORAGE", "hyperv-2008-r2", smb);
		silent("LIM-LM-STORAGE", "hyperv-2012", smb);
		fires("LIM-LM-STORAGE", "hyperv-2012-r2",
				"host-design H { quantity 4 cluster-size 4 cpu 2 x 8 cores 2.6 GHz intel memory 256 GB }\n");

		String slow = """
				host-design H {
					quantity 4 cluster-size 4 cpu 2 x 8 cores 2.6 GHz intel memory 256 GB
					adapter NIC-LM ports 1 speed 100 Mbps purpose live-migration
				}
				""";
		fires("LIM-LM-NETWORK", "hyperv-2008-r2", slow);
		silent("LIM-LM-NETWORK", "hyperv-2012", slow);
		silent("LIM-LM-NETWORK", "hyperv-2012-r2", slow.replace("100 Mbps", "10 Gbps"));

		String small = """
				subnet NET-LM { cidr "10.10.40.0/28" vlan 40 purpose live-migration }
				host-design H {
					quantity 16 cluster-size 16 cpu 2 x 8 cores 2.6 GHz intel memory 256 GB
					adapter NIC-LM ports 1 speed 10 Gbps purpose live-migration { port 1 switch SW-1 subnets NET-LM }
				}
				switch SW-1 { ports 48 managed yes }
				""";
		fires("LIM-LM-SUBNET", "hyperv-2008-r2", small);
		silent("LIM-LM-SUBNET", "hyperv-2012-r2", small);
	}
}
