package org.ddc.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ddc.analysis.network.Link;
import org.ddc.analysis.network.LinkKind;
import org.ddc.analysis.network.NetworkAnalysis;
import org.ddc.model.Element;
import org.ddc.model.Firewall;
import org.ddc.model.NetworkSwitch;
import org.ddc.model.Subnet;
import org.junit.jupiter.api.Test;

/**
 * The network facts of a small design, worked by hand: every port connection as a link with the switch ports it
 * stands for, the ports per switch and per subnet (Table A-5), and the switches each subnet is connected on.
 */
class NetworkAnalysisTest {
	/*
	 * Links in file order, with the switch ports each stands for:
	 *  1 SW-A management port  -> SW-B  NET-MGMT            management       1
	 *  2 HD-WEB NIC-M port 1   -> SW-A  NET-MGMT            host             4 (quantity 4)
	 *  3 HD-WEB NIC-M port 2   -> SW-B  NET-MGMT            host             4
	 *  4 HD-WEB NIC-G port 1   -> SW-A  NET-WEB, NET-DMZ    host             4
	 *  5 VMM-1                 -> SW-B  NET-MGMT            management server 2 (count 2)
	 *  6 LB-1                  -> SW-A  NET-WEB             load balancer    2 (quantity 2)
	 *  7 LB-1                  -> SW-B  NET-WEB             load balancer    2
	 *  8 FW-1                  -> SW-A  NET-DMZ             firewall         2 (quantity 2)
	 *  9 FW-1                  -> SW-B  NET-OUT             firewall         2
	 * 10 FW-1                  -> SW-9 (undeclared) NET-WEB firewall         2, counted nowhere
	 * 11 SAN-1 management port -> SW-A  NET-MGMT            management       1
	 */
	private static final String DESIGN = """
			switch SW-A { ports 48 managed yes partner SW-B management-port switch SW-B subnets NET-MGMT }
			switch SW-B { ports 48 managed yes partner SW-A }
			subnet NET-MGMT { vlan 10 purpose host-management switches SW-A, SW-B }
			subnet NET-WEB { vlan 110 purpose guest-traffic switches SW-A, SW-B }
			subnet NET-DMZ { vlan 210 purpose external switches SW-A }
			subnet NET-OUT { vlan 900 purpose external switches SW-B }
			subnet NET-IDLE { vlan 300 purpose guest-traffic switches SW-A }
			host-design HD-WEB {
				quantity 4
				adapter NIC-M ports 2 speed 1 Gbps purpose host-management {
					port 1 switch SW-A subnets NET-MGMT
					port 2 switch SW-B subnets NET-MGMT
				}
				adapter NIC-G ports 1 speed 10 Gbps purpose guest-traffic vlan-tagging {
					port 1 switch SW-A subnets NET-WEB, NET-DMZ
				}
			}
			management-server VMM-1 { roles vmm count 2 interface switch SW-B subnets NET-MGMT }
			load-balancer LB-1 {
				kind hardware quantity 2
				interface switch SW-A subnets NET-WEB
				interface switch SW-B subnets NET-WEB
			}
			firewall FW-1 {
				quantity 2
				interface switch SW-A subnets NET-DMZ
				interface switch SW-B subnets NET-OUT
				interface switch SW-9 subnets NET-WEB
			}
			storage-system SAN-1 { type san management-port switch SW-A subnets NET-MGMT }
			""";

	private final InlineDesign design = InlineDesign.of(DESIGN);
	private final NetworkAnalysis network = design.analysis.network();

	@Test
	void links_everyPortConnectionInFileOrder_withOwnerKindAndPorts() {
		List<Link> links = network.links();
		assertEquals(11, links.size());
		assertLink(links.get(0), "SW-A", LinkKind.MANAGEMENT_PORT, 1, "SW-A management port", "SW-B");
		assertLink(links.get(1), "HD-WEB", LinkKind.HOST, 4, "host design HD-WEB adapter NIC-M", "SW-A");
		assertLink(links.get(2), "HD-WEB", LinkKind.HOST, 4, "host design HD-WEB adapter NIC-M", "SW-B");
		assertLink(links.get(3), "HD-WEB", LinkKind.HOST, 4, "host design HD-WEB adapter NIC-G", "SW-A");
		assertLink(links.get(4), "VMM-1", LinkKind.SERVER, 2, "management server VMM-1", "SW-B");
		assertLink(links.get(5), "LB-1", LinkKind.LOAD_BALANCER, 2, "load balancer LB-1", "SW-A");
		assertLink(links.get(6), "LB-1", LinkKind.LOAD_BALANCER, 2, "load balancer LB-1", "SW-B");
		assertLink(links.get(7), "FW-1", LinkKind.FIREWALL, 2, "firewall FW-1", "SW-A");
		assertLink(links.get(8), "FW-1", LinkKind.FIREWALL, 2, "firewall FW-1", "SW-B");
		assertLink(links.get(9), "FW-1", LinkKind.FIREWALL, 2, "firewall FW-1", null);
		assertLink(links.get(10), "SAN-1", LinkKind.MANAGEMENT_PORT, 1, "SAN-1 management port", "SW-A");
		assertEquals(List.of("NET-WEB", "NET-DMZ"), names(NetworkAnalysis.subnets(links.get(3).connection())));
	}

	private static void assertLink(Link link, String owner, LinkKind kind, int ports, String label, String switchName) {
		assertEquals(owner, link.owner().getName(), label);
		assertEquals(kind, link.kind(), label);
		assertEquals(ports, link.ports(), label);
		assertEquals(label, link.label());
		if (switchName == null) {
			assertNull(link.networkSwitch(), label);
		} else {
			assertEquals(switchName, link.networkSwitch().getName(), label);
		}
	}

	@Test
	void portsPerSwitch_byKind() {
		// SW-A: host 4 (NIC-M port 1) + 4 (NIC-G); SAN-1's management port; LB-1 and FW-1 2 each: 13
		Map<LinkKind, Integer> a = network.ports(design.element(NetworkSwitch.class, "SW-A"));
		assertEquals(List.of(LinkKind.HOST, LinkKind.MANAGEMENT_PORT, LinkKind.LOAD_BALANCER, LinkKind.FIREWALL),
				List.copyOf(a.keySet()));
		assertEquals(List.of(8, 1, 2, 2), List.copyOf(a.values()));
		// SW-B: host 4 (NIC-M port 2), VMM-1 2, SW-A's management port 1, LB-1 2, FW-1 2: 11
		Map<LinkKind, Integer> b = network.ports(design.element(NetworkSwitch.class, "SW-B"));
		assertEquals(List.of(LinkKind.HOST, LinkKind.SERVER, LinkKind.MANAGEMENT_PORT, LinkKind.LOAD_BALANCER,
				LinkKind.FIREWALL), List.copyOf(b.keySet()));
		assertEquals(List.of(4, 2, 1, 2, 2), List.copyOf(b.values()));
	}

	@Test
	void portsPerSubnet_asTableA5TalliesThem() {
		// NET-MGMT: SW-A's management port 1 + NIC-M 4 + 4 + VMM-1 2 + SAN-1's management port 1
		assertEquals(12, network.ports(design.element(Subnet.class, "NET-MGMT")));
		// NET-WEB: NIC-G 4 + LB-1 2 + 2; FW-1's interface on the undeclared SW-9 does not count
		assertEquals(8, network.ports(design.element(Subnet.class, "NET-WEB")));
		// NET-DMZ: NIC-G's trunk port counts for both its subnets: 4, + FW-1 2
		assertEquals(6, network.ports(design.element(Subnet.class, "NET-DMZ")));
		assertEquals(2, network.ports(design.element(Subnet.class, "NET-OUT")));
		assertEquals(0, network.ports(design.element(Subnet.class, "NET-IDLE")));
	}

	@Test
	void portsPerSubnet_saidWhereTheyComeFrom_byKindAndDevice() {
		Subnet mgmt = design.element(Subnet.class, "NET-MGMT");
		// links 2 + 3 (HD-WEB, 4 hosts each), 5 (VMM-1, count 2), 1 and 11 (the management ports of SW-A and SAN-1)
		Map<LinkKind, Map<Element, Integer>> sources = network.portSources(mgmt);
		assertEquals(List.of(LinkKind.HOST, LinkKind.SERVER, LinkKind.MANAGEMENT_PORT), List.copyOf(sources.keySet()));
		assertEquals(Map.of("HD-WEB", 8), names(sources.get(LinkKind.HOST)));
		assertEquals(Map.of("VMM-1", 2), names(sources.get(LinkKind.SERVER)));
		assertEquals(List.of("SW-A", "SAN-1"), List.copyOf(names(sources.get(LinkKind.MANAGEMENT_PORT)).keySet()));
		assertEquals(List.of(8, 2, 2), List.copyOf(network.portsByKind(mgmt).values()));
		// NET-DMZ: HD-WEB's trunk port (4 hosts) and FW-1's interface (2 units)
		assertEquals(Map.of(LinkKind.HOST, 4, LinkKind.FIREWALL, 2),
				network.portsByKind(design.element(Subnet.class, "NET-DMZ")));
		assertEquals(Map.of(), network.portSources(design.element(Subnet.class, "NET-IDLE")));
	}

	@Test
	void freePorts_perSwitch_andOnTheSwitchesASubnetIsAssignedTo() {
		// SW-A: 48 less links 2, 4 (4 each), 6, 8 (2 each) and 11 (1) = 35; SW-B: 48 less 1, 3, 5, 7, 9 = 37
		assertEquals(35, network.freePorts(design.element(NetworkSwitch.class, "SW-A")).getAsInt());
		assertEquals(37, network.freePorts(design.element(NetworkSwitch.class, "SW-B")).getAsInt());
		assertEquals(72, network.freePorts(design.element(Subnet.class, "NET-MGMT")).getAsInt());
		assertEquals(35, network.freePorts(design.element(Subnet.class, "NET-IDLE")).getAsInt());
		// a switch without a port count has no free ports to tell, nor has a subnet assigned to it or to none
		InlineDesign other = InlineDesign.of("""
				switch SW-X { managed yes }
				subnet NET-X { switches SW-X }
				subnet NET-NONE { vlan 5 }
				""");
		NetworkAnalysis unknown = other.analysis.network();
		assertEquals(java.util.OptionalInt.empty(), unknown.freePorts(other.element(NetworkSwitch.class, "SW-X")));
		assertEquals(java.util.OptionalInt.empty(), unknown.freePorts(other.element(Subnet.class, "NET-X")));
		assertEquals(java.util.OptionalInt.empty(), unknown.freePorts(other.element(Subnet.class, "NET-NONE")));
	}

	@Test
	void hostAdapters_portsOfOneHost_andPerSubnet() {
		org.ddc.model.HostDesign web = design.element(org.ddc.model.HostDesign.class, "HD-WEB");
		// NIC-M 2 ports + NIC-G 1 port, per host (Table A-3 describes one host)
		assertEquals(3, org.ddc.analysis.network.HostAdapters.ports(web));
		Map<String, Integer> bySubnet = new LinkedHashMap<>();
		org.ddc.analysis.network.HostAdapters.portsBySubnet(web).forEach((s, n) -> bySubnet.put(s.getName(), n));
		// NIC-M's two ports on NET-MGMT; NIC-G's trunk port on NET-WEB and NET-DMZ
		assertEquals(List.of("NET-MGMT", "NET-WEB", "NET-DMZ"), List.copyOf(bySubnet.keySet()));
		assertEquals(List.of(2, 1, 1), List.copyOf(bySubnet.values()));
	}

	private static Map<String, Integer> names(Map<Element, Integer> devices) {
		Map<String, Integer> names = new LinkedHashMap<>();
		devices.forEach((device, ports) -> names.put(device.getName(), ports));
		return names;
	}

	@Test
	void subnetSwitches_theSwitchesConnectionsPutEachSubnetOn_withTheFirstLink() {
		Map<String, Map<String, String>> all = describe(network.subnetSwitches());
		Map<String, Map<String, String>> expected = new LinkedHashMap<>();
		expected.put("NET-MGMT", ordered("SW-B", "SW-A management port", "SW-A", "host design HD-WEB adapter NIC-M"));
		expected.put("NET-WEB", ordered("SW-A", "host design HD-WEB adapter NIC-G", "SW-B", "load balancer LB-1"));
		expected.put("NET-DMZ", ordered("SW-A", "host design HD-WEB adapter NIC-G"));
		expected.put("NET-OUT", ordered("SW-B", "firewall FW-1"));
		assertEquals(expected.toString(), all.toString()); // in order: subnets, and each subnet's switches
		// without firewall interfaces NET-OUT is on no switch
		expected.remove("NET-OUT");
		assertEquals(expected, describe(network.subnetSwitches(EnumSet.complementOf(EnumSet.of(LinkKind.FIREWALL)))));
	}

	@Test
	void switchesOfConnections_distinctAndDeclaredOnly() {
		Firewall fw = design.element(Firewall.class, "FW-1");
		assertEquals(List.of("SW-A", "SW-B"), names(NetworkAnalysis.switches(fw.getInterfaces())));
	}

	@Test
	void network_isComputedOncePerAnalysis() {
		assertSame(network, design.analysis.network());
	}

	private static Map<String, Map<String, String>> describe(Map<Subnet, Map<NetworkSwitch, Link>> subnetSwitches) {
		Map<String, Map<String, String>> result = new LinkedHashMap<>();
		subnetSwitches.forEach((subnet, switches) -> {
			Map<String, String> links = new LinkedHashMap<>();
			switches.forEach((s, link) -> links.put(s.getName(), link.label()));
			result.put(subnet.getName(), links);
		});
		return result;
	}

	private static Map<String, String> ordered(String... pairs) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1]);
		}
		return map;
	}

	private static List<String> names(Iterable<? extends Element> elements) {
		List<String> names = new java.util.ArrayList<>();
		elements.forEach(e -> names.add(e.getName()));
		return names;
	}
}
