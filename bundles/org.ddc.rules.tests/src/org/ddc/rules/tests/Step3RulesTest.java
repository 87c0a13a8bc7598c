package org.ddc.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ddc.dsl.validation.Finding;
import org.junit.jupiter.api.Test;

/** Step 3 rules with several distinct conditions, beyond their firing and passing examples. */
class Step3RulesTest {

	private static List<Finding> findings(String id, String design) {
		return Designs.of(id, Designs.validate(design));
	}

	@Test
	void vmmLimit_countsTheVmsOfTheManagedHostDesigns_andSaysHowManyInstances() {
		List<Finding> own = findings("IPD-3-21", """
				host-design HD-1 { quantity 10 }
				workload-group GRP-1 { host-design HD-1 }
				workload VDI-1 { kind vdi-desktop memory 1 GB instances 16001 group GRP-1 }
				vmm-instance VMM-A { manages HD-1 }
				""");
		assertEquals(1, own.size(), Designs.describe(own));
		assertTrue(own.get(0).message().contains("16,001 VMs"), own.get(0).message());
		assertTrue(own.get(0).message().contains("needs 3 VMM instances"), own.get(0).message());
		// the limits come from the limits catalog, which cites the guide
		assertTrue(own.get(0).message().contains("at most 400 hosts and 8,000 VMs (Dynamic Datacenter guide, Step 3, Task 4, "
				+ "seed 000 L260)"),
				own.get(0).message());
	}

	@Test
	void vmManagement_reportsHostDesignsThatNoInstanceManages() {
		List<Finding> own = findings("IPD-3-19", """
				host-design HD-1 { quantity 4 }
				host-design HD-2 { quantity 2 }
				vmm-instance VMM-A {
					manages HD-1
					capabilities library, provisioning, role-based-security, resource-allocation
				}
				""");
		assertEquals(1, own.size(), Designs.describe(own));
		assertTrue(own.get(0).message().startsWith("host design HD-2 (2 hosts)"), own.get(0).message());
	}

	@Test
	void opsMgrAgents_countHostsGuestsInScopeAndManagementServers() {
		String design = """
				design D { management { guests-in-scope %s } }
				host-design HD-1 { quantity 5990 }
				workload APP-1 { memory 1 GB instances 8 managed yes }
				workload APP-2 { memory 1 GB instances 8 managed no }
				management-server SCOM-1 { roles operations-manager runs physical count 2 }
				opsmgr-group MG-1 { servers SCOM-1 }
				""";
		assertEquals(List.of(), findings("IPD-3-45", design.formatted("none")));
		assertEquals(List.of(), findings("IPD-3-45", design.formatted("selected")));
		List<Finding> all = findings("IPD-3-45", design.formatted("all"));
		assertEquals(1, all.size(), Designs.describe(all));
		assertTrue(all.get(0).message().contains("6,008 agents (5,990 hosts, 16 guests in management scope, 2 "
				+ "management servers)"), all.get(0).message());
		assertTrue(all.get(0).message().endsWith("2 management groups are needed"), all.get(0).message());
		assertTrue(all.get(0).message().contains("at most 6,000 agents (Dynamic Datacenter guide, Step 3, Task 6, seed 000 L330)"), all.get(0).message());
	}

	@Test
	void independence_exemptsVdiRolesAndLeavesDomainControllersToTheirOwnRule() {
		String design = """
				management-server RDS-1 { roles rd-connection-broker, rd-web-access runs virtual-inside }
				management-server DC-1 { roles domain-controller, dns runs virtual-inside count 2 }
				""";
		List<Finding> findings = Designs.validate(design);
		assertEquals(List.of(), Designs.of("IPD-3-03", findings));
		assertEquals(1, Designs.of("IPD-3-11", findings).size());
	}

	@Test
	void webAccess_isNotNeededWhenClientsRunWindows7() {
		String design = """
				design D { management { windows7-clients %s } }
				workload VDI-1 { kind vdi-desktop memory 2 GB instances 50 }
				management-server RDS-1 { roles rd-connection-broker, rd-virtualization-redirector runs physical }
				""";
		assertEquals(1, findings("IPD-3-54", design.formatted("no")).size());
		assertEquals(List.of(), findings("IPD-3-54", design.formatted("yes")));
	}

	@Test
	void requiredValues_noneDeclared_giveOneFindingListingAll() {
		List<Finding> own = findings("IPD-3-30", "configmgr-site SITE-1 { }");
		assertEquals(1, own.size(), Designs.describe(own));
		assertTrue(own.get(0).message().contains("none of the 10 site-roles"), own.get(0).message());
		assertEquals("set", own.get(0).fix().kind());
	}

	@Test
	void servicingVlan_reportsHostAdaptersOffTheIsolatedVlan() {
		List<Finding> own = findings("IPD-3-38", """
				switch SW-1 { ports 48 }
				subnet NET-SERVICING { vlan 20 purpose vm-servicing isolated yes switches SW-1 }
				subnet NET-MGMT { vlan 10 purpose host-management switches SW-1 }
				host-design HD-1 {
					quantity 2
					adapter NIC-SERVICE ports 1 purpose vm-servicing { port 1 switch SW-1 subnets NET-MGMT }
				}
				""");
		assertEquals(1, own.size(), Designs.describe(own));
		assertTrue(own.get(0).message().startsWith("VM servicing adapter NIC-SERVICE of host design HD-1"));
	}

	@Test
	void separateVmmInstances_needTwoDifferentGroups() {
		assertEquals(List.of(), findings("IPD-3-23", """
				host-design HD-1 { quantity 4 }
				vmm-instance VMM-A { manages HD-1 }
				vmm-instance VMM-B { manages HD-1 }
				opsmgr-group MG-1 { vmm VMM-A }
				"""));
	}

	@Test
	void separateVmmInstances_oneInstanceManagingHostsOfTwoManagementGroups() {
		String design = """
				host-design HD-WEB { quantity 4 }
				host-design HD-DB { quantity 2 }
				vmm-instance VMM-A { manages HD-WEB, HD-DB }
				opsmgr-group MG-1 { vmm VMM-A monitors HD-WEB }
				opsmgr-group MG-2 { monitors HD-DB }
				""";
		List<Finding> own = findings("IPD-3-23", design);
		assertEquals(1, own.size(), Designs.describe(own));
		assertEquals("VMM instance VMM-A manages hosts in 2 Operations Manager management groups (host design HD-WEB "
				+ "in MG-1, host design HD-DB in MG-2), but a VMM instance connects to one management group and reports "
				+ "only on its hosts: manage the hosts of each management group from a VMM instance of its own",
				own.get(0).message());
		assertEquals(Designs.position(design, 3, "HD-DB"), Designs.position(own.get(0)));
		// one instance per management group
		assertEquals(List.of(), findings("IPD-3-23", design.replace("manages HD-WEB, HD-DB }",
				"manages HD-WEB }\nvmm-instance VMM-B { manages HD-DB }").replace("{ monitors HD-DB", "{ vmm VMM-B monitors HD-DB")));
	}

	@Test
	void separateVmmInstances_clustersOfOneHostDesignInTwoManagementGroups() {
		String design = """
				host-design HD-1 { quantity 4 cluster CL-A hosts 2 cluster CL-B hosts 2 }
				vmm-instance VMM-A { manages-clusters CL-A, CL-B }
				opsmgr-group MG-1 { vmm VMM-A monitors-clusters CL-A }
				opsmgr-group MG-2 { monitors-clusters CL-B }
				""";
		List<Finding> own = findings("IPD-3-23", design);
		assertEquals(1, own.size(), Designs.describe(own));
		assertTrue(own.get(0).message().contains("(cluster CL-A in MG-1, cluster CL-B in MG-2)"), own.get(0).message());
		assertEquals(Designs.position(design, 2, "CL-B"), Designs.position(own.get(0)));
		// the host design as a whole is in both groups when its clusters are
		List<Finding> whole = findings("IPD-3-23", design.replace("manages-clusters CL-A, CL-B", "manages HD-1"));
		assertEquals(1, whole.size(), Designs.describe(whole));
		assertTrue(whole.get(0).message().contains("(host design HD-1 in MG-1 and MG-2)"), whole.get(0).message());
	}

	@Test
	void separateVmmInstances_instanceConnectedToAnotherGroupThanItsHosts() {
		List<Finding> own = findings("IPD-3-23", """
				host-design HD-1 { quantity 4 }
				vmm-instance VMM-A { manages HD-1 }
				opsmgr-group MG-1 { vmm VMM-A }
				opsmgr-group MG-2 { monitors HD-1 }
				""");
		assertEquals(1, own.size(), Designs.describe(own));
		assertEquals("VMM instance VMM-A is connected to management group MG-1, but the hosts it manages (host design "
				+ "HD-1) are in MG-2: it can report only on the hosts of MG-1 — connect it to MG-2 ('vmm VMM-A' in "
				+ "opsmgr-group MG-2)", own.get(0).message());
	}

	@Test
	void separateVmmInstances_hostsNoGroupNames_areInTheGroupsOfTheirVmmInstances() {
		// HD-1 is managed by two instances connected to different groups: it is in both
		List<Finding> own = findings("IPD-3-23", """
				host-design HD-1 { quantity 4 }
				vmm-instance VMM-A { manages HD-1 }
				vmm-instance VMM-B { manages HD-1 }
				opsmgr-group MG-1 { vmm VMM-A }
				opsmgr-group MG-2 { vmm VMM-B }
				""");
		assertEquals(2, own.size(), Designs.describe(own));
		assertTrue(own.get(0).message().contains("(host design HD-1 in MG-1 and MG-2)"), own.get(0).message());
	}
}
