package org.ddc.analysis.failure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ddc.analysis.DesignIndex;
import org.ddc.analysis.RackLayout;
import org.ddc.analysis.failure.Component.Kind;
import org.ddc.analysis.failure.Impact.Loss;
import org.ddc.analysis.placement.ClusterPlan.VmPlacement;
import org.ddc.analysis.sizing.ClusterSizing;
import org.ddc.analysis.sizing.HostDesignSizing;
import org.ddc.analysis.sizing.HostSizing;
import org.ddc.analysis.sizing.VmInstance;
import org.ddc.model.Device;
import org.ddc.model.Element;
import org.ddc.model.Firewall;
import org.ddc.model.Hba;
import org.ddc.model.HostDesign;
import org.ddc.model.LoadBalancer;
import org.ddc.model.NetworkAdapter;
import org.ddc.model.NetworkSwitch;
import org.ddc.model.PortConnection;
import org.ddc.model.PowerCircuit;
import org.ddc.model.PowerFeed;
import org.ddc.model.PowerSupplies;
import org.ddc.model.Rack;
import org.ddc.model.StorageProcessor;
import org.ddc.model.StorageSwitch;
import org.ddc.model.StorageSystem;
import org.ddc.model.StorageType;
import org.ddc.model.Workload;
import org.eclipse.emf.ecore.EObject;

/**
 * What fails with what: for any set of components failing together, the hosts that stop running VMs (down, without
 * power, without network or without storage), the clusters that lose more hosts than their N+k absorbs, and the
 * workloads that lose every instance (outage) or some (degraded), from the placement the sizing found.
 *
 * <h2>Rules</h2>
 * <ul>
 * <li>A device unit is down when it fails itself, its rack fails, or it loses power: its power supplies' feeds (else
 * the feeds its rack's circuits draw) all fail — with a single, non-redundant supply, any of them (it is plugged into
 * one). A device with several units is down when all its units are.</li>
 * <li>A host loses its network when every switch its adapter ports connect to is down, and its storage when every
 * storage system of its host design (SAN or NAS) is down — a system is down with all its processors — or every
 * storage switch its HBAs and ports connect to is. What the design does not say (no ports, no feeds) is taken as
 * not failing.</li>
 * <li>A cluster absorbs the loss of up to k hosts when its placement survives N+k: their VMs restart on the others.
 * Beyond k, or when survival fails, the VMs on the lost hosts stay down.</li>
 * <li>A workload served by load balancers (or firewalls) is out when all of them are down.</li>
 * </ul>
 */
public final class FailureAnalysis {
	private final DesignIndex index;
	private final RackLayout racks;
	private final HostSizing sizing;
	private final List<Component> components = new ArrayList<>();
	private final Map<String, Component> byName = new LinkedHashMap<>();
	/** Host instance name → its host design. */
	private final Map<String, HostDesign> hostDesignOf = new LinkedHashMap<>();
	/** Every cluster of every host design, in design order. */
	private final List<ClusterSizing> clusters = new ArrayList<>();
	/** The placed VM instances of each workload or management server, in design order. */
	private final Map<EObject, Integer> instances = new LinkedHashMap<>();
	/** The position of each key of {@link #instances} in design order. */
	private final Map<EObject, Integer> order = new IdentityHashMap<>();
	/** Host instance name → its rack and power. */
	private final Map<String, Power> powerOfHost = new java.util.HashMap<>();
	/** The single units of devices that come as several (load balancer and firewall pairs). */
	private final Set<Component> units = new HashSet<>();

	private FailureAnalysis(DesignIndex index, RackLayout racks, HostSizing sizing) {
		this.index = index;
		this.racks = racks;
		this.sizing = sizing;
	}

	public static FailureAnalysis of(DesignIndex index, RackLayout racks, HostSizing sizing) {
		FailureAnalysis analysis = new FailureAnalysis(index, racks, sizing);
		for (HostDesignSizing hostDesign : sizing.hostDesigns()) {
			List<String> hosts = new ArrayList<>();
			hostDesign.clusters().forEach(cluster -> hosts.addAll(cluster.hosts()));
			hosts.sort(null);
			analysis.paths.put(hostDesign.hostDesign(), pathsOf(hostDesign.hostDesign()));
			for (ClusterSizing cluster : hostDesign.clusters()) {
				analysis.clusters.add(cluster);
				for (VmPlacement placement : cluster.plan().placements()) {
					analysis.instances.merge(cluster.instance(placement).source(), 1, Integer::sum);
				}
			}
			Map<String, RackLayout.Unit> unitOf = new java.util.HashMap<>();
			for (RackLayout.Unit unit : racks.units(hostDesign.hostDesign())) {
				unitOf.putIfAbsent(unit.name(), unit);
			}
			for (String host : hosts) {
				analysis.powerOfHost.put(host, Power.of(hostDesign.hostDesign(), unitOf.get(host)));
				analysis.hostDesignOf.put(host, hostDesign.hostDesign());
				analysis.add(new Component(Kind.HOST, host, hostDesign.hostDesign()));
			}
		}
		analysis.instances.keySet().forEach(e -> analysis.order.put(e, analysis.order.size()));
		index.all(Rack.class).forEach(e -> analysis.add(new Component(Kind.RACK, e.getName(), e)));
		index.all(PowerFeed.class).forEach(e -> analysis.add(new Component(Kind.POWER_FEED, e.getName(), e)));
		index.all(NetworkSwitch.class).forEach(e -> analysis.add(new Component(Kind.SWITCH, e.getName(), e)));
		index.all(StorageSwitch.class).forEach(e -> analysis.add(new Component(Kind.STORAGE_SWITCH, e.getName(), e)));
		for (StorageSystem system : index.all(StorageSystem.class)) {
			analysis.add(new Component(Kind.STORAGE_SYSTEM, system.getName(), system));
			for (StorageProcessor processor : system.getProcessors()) {
				analysis.add(new Component(Kind.STORAGE_PROCESSOR, system.getName() + "/" + processor.getName(),
						processor));
			}
		}
		for (LoadBalancer balancer : index.all(LoadBalancer.class)) {
			analysis.addUnits(Kind.LOAD_BALANCER, balancer, balancer.getQuantity());
		}
		for (Firewall firewall : index.all(Firewall.class)) {
			analysis.addUnits(Kind.FIREWALL, firewall, firewall.getQuantity());
		}
		return analysis;
	}

	/** A device of several units (an HA pair): the device as a whole, and each unit by its name. */
	private void addUnits(Kind kind, Device device, int quantity) {
		add(new Component(kind, device.getName(), device));
		if (quantity > 1) {
			for (String unit : unitNames(device, quantity)) {
				Component component = new Component(kind, unit, device);
				add(component);
				units.add(component);
			}
		}
	}

	private List<String> unitNames(Device device, int quantity) {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < Math.min(quantity, RackLayout.MAX_RACK_UNITS); i++) {
			names.add(RackLayout.unitName(device, i, quantity));
		}
		return names;
	}

	private void add(Component component) {
		if (component.name() != null && !byName.containsKey(key(component.name()))) {
			components.add(component);
			byName.put(key(component.name()), component);
		}
	}

	private static String key(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

	/** Every component that can fail, hosts first, in design order. */
	public List<Component> components() {
		return List.copyOf(components);
	}

	/** The component of that name (case-insensitive; a storage processor as SYSTEM/PROCESSOR). */
	public Optional<Component> component(String name) {
		return Optional.ofNullable(byName.get(key(name)));
	}

	/**
	 * The single components other than hosts (host failures are what N+k survival covers): a pair of load balancers
	 * or firewalls counts unit by unit.
	 */
	public List<Component> infrastructure() {
		return components.stream().filter(c -> c.kind() != Kind.HOST)
				.filter(c -> units.contains(c) || !hasUnits(c)).toList();
	}

	private boolean hasUnits(Component component) {
		return units.stream().anyMatch(u -> u.element() == component.element());
	}

	/**
	 * The single components (other than hosts) whose failure alone takes a workload out, each with its impact.
	 */
	public List<Impact> singlePointsOfFailure() {
		return infrastructureImpacts().stream().filter(Impact::singlePointOfFailure).toList();
	}

	/**
	 * What each single component other than a host costs when it fails alone, in {@link #infrastructure()} order: the
	 * failure domains of the design (racks, power feeds, switches, storage, each unit of a load-balancer or firewall
	 * pair). Computed on first use.
	 */
	public synchronized List<Impact> infrastructureImpacts() {
		if (infrastructureImpacts == null) {
			List<Impact> result = new ArrayList<>();
			for (Component component : infrastructure()) {
				result.add(impact(List.of(component)));
			}
			infrastructureImpacts = List.copyOf(result);
		}
		return infrastructureImpacts;
	}

	private List<Impact> infrastructureImpacts;

	/** What is lost when the given components fail together. */
	public Impact impact(Collection<Component> failed) {
		return impact(failed, false);
	}

	/**
	 * What is lost when the given components fail together, counting only hosts that go down (failed, their rack
	 * failed, or without power) when {@code hostsOnly}: what co-location in a rack or on a feed costs, leaving out
	 * shared storage, network and front ends, whose redundancy their own rules check.
	 */
	public Impact impact(Collection<Component> failed, boolean hostsOnly) {
		Failed down = new Failed(failed, units);
		Map<String, String> hostsLost = new LinkedHashMap<>();
		for (Map.Entry<String, HostDesign> host : hostDesignOf.entrySet()) {
			String why = hostLoss(host.getKey(), host.getValue(), down, hostsOnly);
			if (why != null) {
				hostsLost.put(host.getKey(), why);
			}
		}
		Map<EObject, Integer> lost = new IdentityHashMap<>();
		Map<EObject, String> reasons = new IdentityHashMap<>();
		List<String> overwhelmed = new ArrayList<>();
		for (ClusterSizing cluster : clusters) {
			long lostHere = cluster.hosts().stream().filter(hostsLost::containsKey).count();
			boolean absorbed = lostHere <= cluster.reserve() && cluster.plan().survival().holds()
					&& cluster.plan().allPlaced();
			if (lostHere == 0 || absorbed) {
				continue;
			}
			overwhelmed.add(cluster.name());
			for (VmPlacement placement : cluster.plan().placements()) {
				if (placement.host() != null && hostsLost.containsKey(placement.host())) {
					EObject source = cluster.instance(placement).source();
					lost.merge(source, 1, Integer::sum);
					reasons.putIfAbsent(source, placement.host() + " " + hostsLost.get(placement.host()));
				}
			}
		}
		List<Loss> outages = new ArrayList<>();
		List<Loss> degraded = new ArrayList<>();
		for (EObject element : affected(lost.keySet(), down, hostsOnly)) {
			int count = instances.get(element);
			int gone = lost.getOrDefault(element, 0);
			String front = !hostsOnly && element instanceof Workload workload ? frontDown(workload, down) : null;
			String name = element instanceof Element named ? named.getName() : String.valueOf(element);
			if (front != null) {
				outages.add(new Loss(element, name, count, count, front));
			} else if (gone > 0 && gone >= count) {
				outages.add(new Loss(element, name, count, gone, reasons.get(element)));
			} else if (gone > 0) {
				degraded.add(new Loss(element, name, count, gone, reasons.get(element)));
			}
		}
		return new Impact(failed.stream().toList(), hostsLost, overwhelmed, outages, degraded);
	}

	/**
	 * Every placed unit of a device that is down when the given components fail together, with why: it fails itself
	 * (a failed host or unit of a pair, or the whole device), its rack fails, or it loses power — the rules of
	 * {@link #impact(Collection)} for one unit, without the network and storage paths of hosts (those are in
	 * {@link Impact#hostsLost()}). In rack and U order.
	 */
	public Map<RackLayout.Unit, String> unitsDown(Collection<Component> failed) {
		Failed down = new Failed(failed, units);
		Map<RackLayout.Unit, String> result = new LinkedHashMap<>();
		for (RackLayout.RackUse rack : racks.racks()) {
			for (RackLayout.Unit unit : rack.units()) {
				String why = down.hosts.contains(unit.name()) || down.elements.contains(unit.device()) ? "failed"
						: unitDown(unit.device(), unit, down);
				if (why != null) {
					result.put(unit, why);
				}
			}
		}
		return result;
	}

	/**
	 * The placed workloads and servers that may lose instances or their front end, in design order: those with lost
	 * instances, and the workloads of every load balancer or firewall that is down (unless only hosts count).
	 */
	private List<EObject> affected(Set<EObject> lost, Failed down, boolean hostsOnly) {
		Set<EObject> affected = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
		affected.addAll(lost);
		if (!hostsOnly) {
			for (LoadBalancer balancer : index.all(LoadBalancer.class)) {
				if (deviceDown(balancer, down) != null) {
					affected.addAll(balancer.getServes());
				}
			}
			for (Firewall firewall : index.all(Firewall.class)) {
				if (deviceDown(firewall, down) != null) {
					affected.addAll(firewall.getServes());
				}
			}
		}
		List<EObject> ordered = new ArrayList<>();
		for (EObject element : affected) {
			if (instances.containsKey(element)) {
				ordered.add(element);
			}
		}
		ordered.sort(java.util.Comparator.comparingInt(order::get));
		return ordered;
	}

	/** Why a host stops running VMs, or null. */
	private String hostLoss(String host, HostDesign design, Failed down, boolean hostsOnly) {
		if (down.hosts.contains(host)) {
			return "failed";
		}
		String unitDown = unitDown(powerOfHost.get(host), down);
		if (unitDown != null || hostsOnly) {
			return unitDown;
		}
		Paths paths = paths(design);
		Set<NetworkSwitch> switches = paths.switches();
		Set<StorageSwitch> storageSwitches = paths.storageSwitches();
		List<StorageSystem> storage = paths.storage();
		if (!switches.isEmpty() && switches.stream().allMatch(s -> deviceDown(s, down) != null)) {
			return "without network (" + names(switches) + " down)";
		}
		if (!storage.isEmpty() && storage.stream().allMatch(s -> storageDown(s, down) != null)) {
			return "without storage (" + names(storage) + " down)";
		}
		if (!storage.isEmpty() && !storageSwitches.isEmpty()
				&& storageSwitches.stream().allMatch(s -> deviceDown(s, down) != null)) {
			return "without storage paths (" + names(storageSwitches) + " down)";
		}
		return null;
	}

	/** A host design's network and storage paths (the switches its ports and HBAs connect to, its SAN or NAS). */
	private record Paths(Set<NetworkSwitch> switches, Set<StorageSwitch> storageSwitches, List<StorageSystem> storage) {
	}

	/** Filled when the analysis is made, read-only after (impacts may be asked from several threads). */
	private final Map<HostDesign, Paths> paths = new IdentityHashMap<>();

	private Paths paths(HostDesign design) {
		return paths.get(design);
	}

	private static Paths pathsOf(HostDesign d) {
		Set<NetworkSwitch> switches = new LinkedHashSet<>();
		Set<StorageSwitch> storageSwitches = new LinkedHashSet<>();
		for (NetworkAdapter adapter : d.getAdapters()) {
			for (PortConnection port : adapter.getPorts()) {
				if (DesignIndex.live(port.getSwitch())) {
					switches.add(port.getSwitch());
				}
				if (DesignIndex.live(port.getStorageSwitch())) {
					storageSwitches.add(port.getStorageSwitch());
				}
			}
		}
		for (Hba hba : d.getHbas()) {
			if (DesignIndex.live(hba.getStorageSwitch())) {
				storageSwitches.add(hba.getStorageSwitch());
			}
		}
		List<StorageSystem> storage = d.getStorageSystems().stream().filter(DesignIndex::live)
				.filter(s -> s.getType() != StorageType.DAS).toList();
		return new Paths(switches, storageSwitches, storage);
	}

	private String storageDown(StorageSystem system, Failed down) {
		String device = deviceDown(system, down);
		if (device != null) {
			return device;
		}
		List<StorageProcessor> processors = system.getProcessors();
		return !processors.isEmpty() && processors.stream().allMatch(down.elements::contains)
				? "all its processors failed" : null;
	}

	/** Why a workload's front end (load balancers, firewalls) is down, or null. */
	private String frontDown(Workload workload, Failed down) {
		List<LoadBalancer> balancers = index.loadBalancersServing(workload);
		if (!balancers.isEmpty() && balancers.stream().allMatch(lb -> deviceDown(lb, down) != null)) {
			return "its load balancer" + (balancers.size() > 1 ? "s " : " ") + names(balancers) + " down";
		}
		List<Firewall> firewalls = index.firewallsServing(workload);
		if (!firewalls.isEmpty() && firewalls.stream().allMatch(f -> deviceDown(f, down) != null)) {
			return "its firewall" + (firewalls.size() > 1 ? "s " : " ") + names(firewalls) + " down";
		}
		return null;
	}

	/** Why a device (all its units) is down, or null; worked out once per device and failure set. */
	private String deviceDown(Device device, Failed down) {
		String why = down.devicesDown.get(device);
		if (why == null) {
			why = java.util.Objects.requireNonNullElse(whyDeviceDown(device, down), UP);
			down.devicesDown.put(device, why);
		}
		return why == UP ? null : why;
	}

	/** Marks a device that is not down in {@link Failed#devicesDown}. */
	private static final String UP = new String("up");

	private String whyDeviceDown(Device device, Failed down) {
		if (down.elements.contains(device)) {
			return "failed";
		}
		List<RackLayout.Unit> placed = racks.units(device);
		int quantity = device instanceof LoadBalancer lb ? lb.getQuantity()
				: device instanceof Firewall fw ? fw.getQuantity() : 1;
		List<String> names = quantity > 1 ? unitNames(device, quantity) : List.of(device.getName());
		String why = null;
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i);
			RackLayout.Unit unit = placed.stream().filter(u -> u.name().equals(name)).findFirst()
					.orElse(placed.size() == 1 && names.size() == 1 ? placed.get(0) : null);
			String unitWhy = down.hosts.contains(name) ? "failed" : unitDown(device, unit, down);
			if (unitWhy == null) {
				return null;
			}
			why = why == null ? unitWhy : why;
		}
		return why;
	}

	/** Why one unit of a device is down (rack or power), or null. */
	private static String unitDown(Device device, RackLayout.Unit unit, Failed down) {
		return unitDown(Power.of(device, unit), down);
	}

	private static String unitDown(Power power, Failed down) {
		if (power.rack() != null && down.elements.contains(power.rack())) {
			return "down with rack " + power.rack().getName();
		}
		if (power.feeds().isEmpty() || down.elements.isEmpty()) {
			return null;
		}
		List<PowerFeed> failedFeeds = power.feeds().stream().filter(down.elements::contains).toList();
		if (power.redundant() ? failedFeeds.size() == power.feeds().size() : !failedFeeds.isEmpty()) {
			return "without power (" + names(failedFeeds) + (power.redundant() ? "" : ", its only supply's feed")
					+ ")";
		}
		return null;
	}

	/**
	 * Where one unit of a device gets its power: its rack (or null), the feeds of its supplies (else of its rack's
	 * circuits), and whether its supplies are redundant.
	 */
	private record Power(Rack rack, List<PowerFeed> feeds, boolean redundant) {
		static Power of(Device device, RackLayout.Unit unit) {
			Rack rack = unit != null ? unit.rack() : null;
			PowerSupplies supplies = device.getPowerSupplies();
			List<PowerFeed> feeds = supplies == null ? List.of()
					: supplies.getFeeds().stream().filter(DesignIndex::live).distinct().toList();
			if (feeds.isEmpty() && rack != null) {
				feeds = rack.getCircuits().stream().map(PowerCircuit::getFeed).filter(DesignIndex::live).distinct()
						.toList();
			}
			return new Power(rack, feeds, supplies != null && (supplies.isRedundant() || supplies.getCount() >= 2));
		}
	}

	private static String names(Collection<? extends Element> elements) {
		return String.join(", ", elements.stream().map(Element::getName).toList());
	}

	/** The failed components as looked up. */
	private static final class Failed {
		final Set<EObject> elements = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
		final Set<String> hosts = new HashSet<>();
		/** Why each device asked about is down, or {@link FailureAnalysis#UP}: a failure set's devices are asked often. */
		final Map<Device, String> devicesDown = new IdentityHashMap<>();

		Failed(Collection<Component> components, Set<Component> unitNames) {
			for (Component component : components) {
				if (component.kind() == Kind.HOST) {
					hosts.add(component.name());
				} else if (unitNames.contains(component)) {
					hosts.add(component.name());
				} else {
					elements.add(component.element());
				}
			}
		}
	}
}
