package org.ddc.analysis.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import org.ddc.analysis.DesignIndex;
import org.ddc.model.Element;
import org.ddc.model.NetworkSwitch;
import org.ddc.model.PortConnection;
import org.ddc.model.Subnet;

/**
 * The network connections of a design as Step 5 counts them (Table A-5), computed once per design: every port
 * connection of a device as a {@link Link}, the switch ports in use on each switch (by kind of device) and on each
 * subnet, and the switches each subnet is connected on. Immutable once made, so it may be read from several threads.
 * <p>
 * Only connections to a declared, resolved switch count towards switches and subnets; only a connection's resolved
 * subnets count.
 */
public final class NetworkAnalysis {
	private final List<Link> links;
	private final Map<Subnet, Map<NetworkSwitch, Link>> subnetSwitches;
	private final Map<NetworkSwitch, Map<LinkKind, Integer>> switchPorts = new IdentityHashMap<>();
	private final Map<Subnet, Integer> subnetPorts = new IdentityHashMap<>();
	private final Map<Subnet, Map<LinkKind, Map<Element, Integer>>> subnetSources = new IdentityHashMap<>();

	private NetworkAnalysis(DesignIndex index) {
		List<Link> all = new ArrayList<>();
		for (PortConnection connection : index.all(PortConnection.class)) {
			Link link = Link.of(connection);
			if (link != null) {
				all.add(link);
			}
		}
		this.links = List.copyOf(all);
		for (Link link : links) {
			NetworkSwitch networkSwitch = link.networkSwitch();
			if (networkSwitch == null) {
				continue;
			}
			switchPorts.computeIfAbsent(networkSwitch, s -> new EnumMap<>(LinkKind.class)).merge(link.kind(),
					link.ports(), Integer::sum);
			for (Subnet subnet : new LinkedHashSet<>(subnets(link.connection()))) {
				subnetPorts.merge(subnet, link.ports(), Integer::sum);
				subnetSources.computeIfAbsent(subnet, s -> new EnumMap<>(LinkKind.class))
						.computeIfAbsent(link.kind(), k -> new LinkedHashMap<>()).merge(link.owner(), link.ports(),
								Integer::sum);
			}
		}
		this.subnetSwitches = subnetSwitches(EnumSet.allOf(LinkKind.class));
	}

	public static NetworkAnalysis of(DesignIndex index) {
		return new NetworkAnalysis(index);
	}

	/** Every port connection of a device (host adapter, server, load balancer, firewall, management port), in file order. */
	public List<Link> links() {
		return links;
	}

	/**
	 * Subnet → the switches that connections of any kind put it on, each with the first link that does; subnets and
	 * switches in file order of the links. A subnet no connection carries is not a key.
	 */
	public Map<Subnet, Map<NetworkSwitch, Link>> subnetSwitches() {
		return subnetSwitches;
	}

	/** Like {@link #subnetSwitches()}, counting connections of the given kinds only (computed on each call). */
	public Map<Subnet, Map<NetworkSwitch, Link>> subnetSwitches(Set<LinkKind> kinds) {
		Map<Subnet, Map<NetworkSwitch, Link>> result = new LinkedHashMap<>();
		for (Link link : links) {
			if (kinds.contains(link.kind()) && link.networkSwitch() != null) {
				for (Subnet subnet : subnets(link.connection())) {
					result.computeIfAbsent(subnet, s -> new LinkedHashMap<>()).putIfAbsent(link.networkSwitch(), link);
				}
			}
		}
		result.replaceAll((subnet, switches) -> Collections.unmodifiableMap(switches));
		return Collections.unmodifiableMap(result);
	}

	/**
	 * The switch ports in use on a switch, per kind of device in {@link LinkKind} order (kinds with no connection
	 * left out; a kind whose devices have quantity 0 is there with 0). Empty for a switch nothing connects to.
	 */
	public Map<LinkKind, Integer> ports(NetworkSwitch networkSwitch) {
		Map<LinkKind, Integer> ports = switchPorts.get(networkSwitch);
		return ports == null ? Map.of() : Collections.unmodifiableMap(ports);
	}

	/**
	 * The switch ports connected on a subnet, as Table A-5 tallies them: the {@link Link#ports() ports} of every
	 * connection to a switch that carries the subnet (a trunk port carrying several subnets counts for each of them).
	 */
	public int ports(Subnet subnet) {
		return subnetPorts.getOrDefault(subnet, 0);
	}

	/**
	 * Where the switch ports of {@link #ports(Subnet)} come from: per kind of device ({@link LinkKind} order, kinds
	 * without ports left out), each device with its ports (in file order of its links). Empty for a subnet no
	 * connection carries.
	 */
	public Map<LinkKind, Map<Element, Integer>> portSources(Subnet subnet) {
		Map<LinkKind, Map<Element, Integer>> sources = subnetSources.get(subnet);
		if (sources == null) {
			return Map.of();
		}
		Map<LinkKind, Map<Element, Integer>> copy = new EnumMap<>(LinkKind.class);
		sources.forEach((kind, devices) -> copy.put(kind, Collections.unmodifiableMap(devices)));
		return Collections.unmodifiableMap(copy);
	}

	/** The ports of {@link #portSources(Subnet)} added up per kind of device. */
	public Map<LinkKind, Integer> portsByKind(Subnet subnet) {
		Map<LinkKind, Integer> byKind = new EnumMap<>(LinkKind.class);
		portSources(subnet).forEach((kind, devices) -> byKind.put(kind,
				devices.values().stream().mapToInt(Integer::intValue).sum()));
		return Collections.unmodifiableMap(byKind);
	}

	/**
	 * The ports a switch has left: its port count less every port connected to it ({@link #portsInUse});
	 * negative when it is over capacity; empty when the switch states no port count.
	 */
	public OptionalInt freePorts(NetworkSwitch networkSwitch) {
		return networkSwitch.isSetPortCount() ? OptionalInt.of(networkSwitch.getPortCount() - portsInUse(networkSwitch))
				: OptionalInt.empty();
	}

	/** Every port connected to a switch, of any kind of device. */
	public int portsInUse(NetworkSwitch networkSwitch) {
		return ports(networkSwitch).values().stream().mapToInt(Integer::intValue).sum();
	}

	/**
	 * The ports left on the switches a subnet is assigned to (its 'switches', each once), Table A-5's port capacity
	 * (L478); empty when it is assigned to none or one of them states no port count.
	 */
	public OptionalInt freePorts(Subnet subnet) {
		List<NetworkSwitch> switches = subnet.getSwitches().stream().filter(DesignIndex::live).distinct().toList();
		int free = 0;
		for (NetworkSwitch networkSwitch : switches) {
			OptionalInt left = freePorts(networkSwitch);
			if (left.isEmpty()) {
				return OptionalInt.empty();
			}
			free += left.getAsInt();
		}
		return switches.isEmpty() ? OptionalInt.empty() : OptionalInt.of(free);
	}

	/** The resolved subnets of a connection, in the order it names them. */
	public static List<Subnet> subnets(PortConnection connection) {
		return connection.getSubnets().stream().filter(DesignIndex::live).toList();
	}

	/** The distinct resolved switches of some connections, in order. */
	public static Set<NetworkSwitch> switches(Collection<PortConnection> connections) {
		Set<NetworkSwitch> switches = new LinkedHashSet<>();
		for (PortConnection connection : connections) {
			if (DesignIndex.live(connection.getSwitch())) {
				switches.add(connection.getSwitch());
			}
		}
		return switches;
	}
}
