package org.ddc.rules.step5;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.ddc.analysis.DesignIndex;
import org.ddc.model.Element;
import org.ddc.model.Firewall;
import org.ddc.model.HostDesign;
import org.ddc.model.LoadBalancer;
import org.ddc.model.ManagementServer;
import org.ddc.model.NetworkAdapter;
import org.ddc.model.NetworkSwitch;
import org.ddc.model.PortConnection;
import org.ddc.model.StorageSwitch;
import org.ddc.model.StorageSystem;
import org.ddc.model.Subnet;
import org.eclipse.emf.ecore.EObject;

/**
 * The network connections of a design as Step 5 counts them (Table A-5): every port connection to a network
 * switch with the device that owns it, the kind of device, and how many physical switch ports it stands for
 * (host adapter ports × host quantity, management server interfaces × count, load balancer and firewall
 * interfaces × quantity, one per management port).
 */
final class Links {
	enum Kind {
		HOST("host"), SERVER("management server"), MANAGEMENT_PORT("management"), LOAD_BALANCER("load balancer"),
		FIREWALL("firewall");

		final String label;

		Kind(String label) {
			this.label = label;
		}
	}

	/** One port connection: its owner element (host design, server, device), kind and multiplicity. */
	record Link(PortConnection connection, Element owner, Kind kind, int ports, String label) {
		NetworkSwitch networkSwitch() {
			return DesignIndex.live(connection.getSwitch()) ? connection.getSwitch() : null;
		}
	}

	private Links() {
	}

	/** Every port connection of the design, in file order. */
	static List<Link> all(DesignIndex index) {
		List<Link> links = new ArrayList<>();
		for (PortConnection connection : index.all(PortConnection.class)) {
			Link link = of(connection);
			if (link != null) {
				links.add(link);
			}
		}
		return links;
	}

	static Link of(PortConnection connection) {
		EObject container = connection.eContainer();
		if (container instanceof NetworkAdapter adapter && adapter.eContainer() instanceof HostDesign host) {
			return new Link(connection, host, Kind.HOST, Math.max(0, host.getQuantity()),
					"host design " + host.getName() + " adapter " + adapter.getName());
		} else if (container instanceof ManagementServer server) {
			return new Link(connection, server, Kind.SERVER, Math.max(0, server.getCount()),
					"management server " + server.getName());
		} else if (container instanceof LoadBalancer lb) {
			return new Link(connection, lb, Kind.LOAD_BALANCER, Math.max(0, lb.getQuantity()),
					"load balancer " + lb.getName());
		} else if (container instanceof Firewall fw) {
			return new Link(connection, fw, Kind.FIREWALL, Math.max(0, fw.getQuantity()), "firewall " + fw.getName());
		} else if (container instanceof StorageSystem || container instanceof StorageSwitch
				|| container instanceof NetworkSwitch) {
			Element owner = (Element) container;
			return new Link(connection, owner, Kind.MANAGEMENT_PORT, 1, owner.getName() + " management port");
		}
		return null;
	}

	/** The live subnets of a connection. */
	static List<Subnet> subnets(PortConnection connection) {
		return connection.getSubnets().stream().filter(DesignIndex::live).toList();
	}

	/** The distinct live switches of some connections, in order. */
	static Set<NetworkSwitch> switches(List<PortConnection> connections) {
		Set<NetworkSwitch> switches = new LinkedHashSet<>();
		for (PortConnection connection : connections) {
			if (DesignIndex.live(connection.getSwitch())) {
				switches.add(connection.getSwitch());
			}
		}
		return switches;
	}

	/** Subnet → the switches that connections put it on (connections of the given kinds only). */
	static Map<Subnet, Map<NetworkSwitch, Link>> subnetSwitches(List<Link> links, Set<Kind> kinds) {
		Map<Subnet, Map<NetworkSwitch, Link>> result = new LinkedHashMap<>();
		for (Link link : links) {
			if (kinds.contains(link.kind()) && link.networkSwitch() != null) {
				for (Subnet subnet : subnets(link.connection())) {
					result.computeIfAbsent(subnet, s -> new LinkedHashMap<>()).putIfAbsent(link.networkSwitch(), link);
				}
			}
		}
		return result;
	}

	/** "A, B and C". */
	static String names(Iterable<? extends Element> elements) {
		List<String> names = new ArrayList<>();
		elements.forEach(e -> names.add(e.getName()));
		return join(names);
	}

	/** "A, B, C and 7 more": at most {@code max} items by name. */
	static String sample(List<String> items, int max) {
		if (items.size() <= max) {
			return join(items);
		}
		return String.join(", ", items.subList(0, max)) + " and " + (items.size() - max) + " more";
	}

	static String join(List<String> items) {
		if (items.size() <= 1) {
			return String.join("", items);
		}
		return items.subList(0, items.size() - 1).stream().collect(Collectors.joining(", ")) + " and "
				+ items.get(items.size() - 1);
	}


	/** "the partner SW-B1" or "a second switch". */
	static String partnerOf(NetworkSwitch networkSwitch) {
		NetworkSwitch partner = networkSwitch.getPartner();
		return DesignIndex.live(partner) && partner != networkSwitch ? "its partner " + partner.getName()
				: "a second switch";
	}
}
