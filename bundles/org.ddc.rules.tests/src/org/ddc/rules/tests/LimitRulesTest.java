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
				"cluster.smbStorage", "lm.dedicatedNetwork", "lm.networkSpeed")) {
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
	void vmsPerCluster_notStatedFor2012() {
		String body = """
				workload-group G { host-design H }
				workload VDI { kind vdi-desktop instances 1200 vcpus 1 memory 1 GB group G }
				host-design H { quantity 16 cluster-size 16 cpu 2 x 8 cores 2.6 GHz intel memory 256 GB }
				""";
		fires("LIM-CLUSTER-VMS", "hyperv-2008-r2", body);
		silent("LIM-CLUSTER-VMS", "hyperv-2012", body);
		silent("LIM-CLUSTER-VMS", "hyperv-2012-r2", body);
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
