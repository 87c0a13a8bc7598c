package org.ddc.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ddc.dsl.validation.Finding;
import org.junit.jupiter.api.Test;

/** Step 5 rules with more than one condition. */
class Step5RulesTest {

	private static List<Finding> of(String id, String text) {
		return Designs.of(id, Designs.validate(text));
	}

	@Test
	void portCapacity_countsEveryKindOfConnection_andSaysHowManyAreNeeded() {
		List<Finding> findings = of("IPD-5-01", """
				subnet NET-MGMT { vlan 10 purpose host-management switches SW-1, SW-2 }
				switch SW-1 { ports 10 managed yes partner SW-2 management-port switch SW-2 subnets NET-MGMT }
				switch SW-2 { ports 48 managed yes partner SW-1 management-port switch SW-1 subnets NET-MGMT }
				storage-system SAN { type san management-port switch SW-1 subnets NET-MGMT }
				host-design H {
					quantity 4
					adapter NIC-1 ports 1 speed 1 Gbps purpose host-management { port 1 switch SW-1 subnets NET-MGMT }
				}
				management-server VMM { roles vmm count 2 interface switch SW-1 interface switch SW-2 }
				load-balancer LB { kind hardware quantity 2 interface switch SW-1 }
				firewall FW { quantity 2 interface switch SW-1 interface switch SW-2 }
				""");
		assertEquals(1, findings.size(), Designs.describe(findings));
		String message = findings.get(0).message();
		assertTrue(message.contains("has 10 ports but 12 are connected") && message.contains("4 host ports")
				&& message.contains("2 management server ports") && message.contains("2 management ports")
				&& message.contains("2 load balancer ports") && message.contains("2 firewall ports")
				&& message.contains("at least 12 ports"), message);
	}

	@Test
	void portCapacity_reportsMissingPortCountAndFasterAdapters() {
		List<Finding> findings = of("IPD-5-01", """
				switch SW-1 { speed 1 Gbps managed yes }
				host-design H { adapter NIC-1 ports 1 speed 10 Gbps purpose guest-traffic { port 1 switch SW-1 } }
				""");
		assertEquals(2, findings.size(), Designs.describe(findings));
	}

	@Test
	void failoverPartner_mustBeMutual() {
		List<Finding> findings = of("IPD-5-14", """
				switch SW-1 { ports 48 managed yes partner SW-2 }
				switch SW-2 { ports 48 managed yes partner SW-3 }
				switch SW-3 { ports 48 managed yes partner SW-2 }
				""");
		assertEquals(1, findings.size(), Designs.describe(findings));
		assertTrue(findings.get(0).message().contains("SW-2 names SW-3"), findings.get(0).message());
	}

	@Test
	void vlanTagging_namesTheTaggedAdapters() {
		List<Finding> findings = of("IPD-5-07", """
				switch SW-1 { ports 48 managed yes capabilities snmp }
				host-design H {
					adapter NIC-G ports 1 speed 10 Gbps purpose guest-traffic vlan-tagging { port 1 switch SW-1 }
				}
				""");
		assertEquals(1, findings.size(), Designs.describe(findings));
		assertTrue(findings.get(0).message().contains("host design H adapter NIC-G"), findings.get(0).message());
		assertEquals("capabilities", findings.get(0).fix().attribute());
	}

	@Test
	void redundantConnections_teamsLoadBalancersAndFirewallsOnOneSwitch() {
		String text = """
				switch SW-1 { ports 48 managed yes partner SW-2 }
				switch SW-2 { ports 48 managed yes partner SW-1 }
				host-design H {
					adapter NIC-A ports 1 speed 10 Gbps purpose guest-traffic { port 1 switch SW-1 }
					adapter NIC-B ports 1 speed 10 Gbps purpose guest-traffic { port 1 switch SW-1 }
					team T members NIC-A, NIC-B mode load-balancing
				}
				load-balancer LB { kind hardware quantity 2 interface switch SW-2 interface switch SW-2 }
				firewall FW { quantity 2 interface switch SW-1 interface switch SW-2 }
				""";
		assertEquals(2, of("IPD-5-13", text).size(), Designs.describe(of("IPD-5-13", text)));
	}

	@Test
	void firewalls_twoNetworksAndRedundantPaths() {
		String oneSubnet = """
				switch SW-1 { ports 48 managed yes partner SW-2 }
				switch SW-2 { ports 48 managed yes partner SW-1 }
				subnet NET-OUT { vlan 900 purpose external switches SW-1, SW-2 }
				firewall FW { quantity 1 interface switch SW-1 subnets NET-OUT interface switch SW-2 subnets NET-OUT }
				""";
		assertEquals(1, of("IPD-5-32", oneSubnet).size());
		assertEquals(1, of("IPD-5-31", oneSubnet).size(), "quantity 1");
		assertEquals(List.of(), of("IPD-5-13", oneSubnet));
	}

	@Test
	void subnetSeparation_duplicateVlanOnASharedSwitch() {
		List<Finding> findings = of("IPD-5-03", """
				switch SW-1 { ports 48 managed yes }
				subnet NET-A { vlan 10 purpose host-management switches SW-1 }
				subnet NET-B { vlan 10 purpose backup switches SW-1 }
				subnet NET-C { vlan 10 purpose backup }
				""");
		assertEquals(1, findings.size(), Designs.describe(findings));
		assertTrue(findings.get(0).message().contains("both use VLAN 10"), findings.get(0).message());
	}

	@Test
	void loadBalancerRules_skipSoftwareNlb() {
		String nlb = "load-balancer NLB { kind software-nlb }\n";
		for (String id : List.of("IPD-5-18", "IPD-5-19", "IPD-5-20", "IPD-5-21", "IPD-5-22", "IPD-5-23", "IPD-5-24",
				"IPD-5-25")) {
			assertEquals(List.of(), of(id, nlb), id);
		}
	}

	@Test
	void interfacesOnDifferentSubnets_areNotARedundantPair() {
		String design = """
				subnet MGMT { vlan 10 switches SW-1, SW-2 }
				subnet BACKUP { vlan 20 switches SW-1, SW-2 }
				switch SW-1 { ports 48 managed yes partner SW-2 }
				switch SW-2 { ports 48 managed yes partner SW-1 }
				management-server DPM {
					roles dpm
					interface switch SW-1 subnets MGMT
					interface switch SW-1 subnets BACKUP
				}
				""";
		assertEquals(0, of("IPD-5-13", design).size(), "a management and a backup interface serve different networks");
		List<Finding> pair = of("IPD-5-13", design.replace("subnets BACKUP", "subnets MGMT"));
		assertEquals(1, pair.size(), Designs.describe(pair));
		assertTrue(pair.get(0).message().contains("2 redundant connections on MGMT, all to switch SW-1"),
				pair.get(0).message());
	}
}
