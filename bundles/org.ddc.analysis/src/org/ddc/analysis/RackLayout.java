package org.ddc.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ddc.model.Device;
import org.ddc.model.Firewall;
import org.ddc.model.HostDesign;
import org.ddc.model.LoadBalancer;
import org.ddc.model.ManagementServer;
import org.ddc.model.Placement;
import org.ddc.model.PowerCircuit;
import org.ddc.model.PowerFeed;
import org.ddc.model.PowerSupplies;
import org.ddc.model.Rack;
import org.ddc.model.ServerPlacement;

/**
 * Where every physical device of a design sits: each unit of a device (host {@code HD-WEB-03} of a host design of
 * quantity 8, each load balancer of a pair, a switch) in the rack and units its placements give it, what each rack
 * holds and draws, the units that overlap, and the devices whose placements hold fewer or more units than the
 * device's quantity.
 * <p>
 * A placement {@code placement R01 at U 2 count 4} of a 2 U host design stacks four hosts upward from U 2: U 2–3,
 * 4–5, 6–7, 8–9. Units are numbered in the order of the device's placements. A device without a height is taken as
 * 1 U high (and listed in {@link #unknownHeight()}); a device without a power draw adds nothing to its rack's draw
 * (and is listed in {@link RackUse#unknownPower()}).
 */
public final class RackLayout {
	/** One physical unit of a device in a rack: U {@code fromU}–{@code toU}, drawing {@code watts} (NaN: unknown). */
	public record Unit(Device device, String name, Placement placement, Rack rack, int fromU, int toU, double watts) {
		boolean overlaps(Unit other) {
			return rack == other.rack && fromU <= other.toU && other.fromU <= toU;
		}
	}

	/** Two units that claim the same rack units; {@code upper} is the one placed later in the design. */
	public record Overlap(Unit lower, Unit upper) {
		public int firstSharedU() {
			return Math.max(lower.fromU(), upper.fromU());
		}
	}

	/**
	 * What one rack holds: its units in U order, the rack units they fill, their power draw in W, and the devices
	 * whose draw is unknown.
	 */
	public record RackUse(Rack rack, List<Unit> units, int usedU, double watts, List<Device> unknownPower) {
		/** The rack's height in U, or 0 when not declared. */
		public int heightU() {
			return rack.getHeight() == null ? 0 : (int) rack.getHeight().base();
		}

		/** The rack's power budget in W, or NaN when not declared. */
		public double budgetWatts() {
			return rack.getPowerBudget() == null ? Double.NaN : rack.getPowerBudget().base();
		}
	}

	/**
	 * A device whose placements hold a different number of units than it has; {@code firstUnplaced} names up to
	 * {@link #NAMED} of the units without a place.
	 */
	public record Mismatch(Device device, int expected, int placed, List<String> firstUnplaced) {
		public static final int NAMED = 4;

		/** How many units have no place. */
		public int unplaced() {
			return Math.max(0, expected - placed);
		}
	}

	/**
	 * The load on one circuit a rack draws from a power feed: normally each device shares its draw over the feeds
	 * its supplies name; when another feed fails, every device on this circuit draws its full load from it
	 * ({@code worstCaseWatts}). {@code unattributed}: devices in the rack with a known draw whose supplies name no
	 * feed, so the circuits' loads are lower bounds.
	 */
	public record CircuitLoad(Rack rack, PowerCircuit circuit, double normalWatts, double worstCaseWatts,
			List<Device> unattributed) {
		/** The circuit's capacity in W, or NaN when not declared. */
		public double capacityWatts() {
			return circuit.getCapacity() == null ? Double.NaN : circuit.getCapacity().base();
		}
	}

	/** The load on a power feed over all racks, normally and when the other feeds fail. */
	public record FeedLoad(PowerFeed feed, double normalWatts, double worstCaseWatts) {
		/** The feed's capacity in W, or NaN when not declared. */
		public double capacityWatts() {
			return feed.getCapacity() == null ? Double.NaN : feed.getCapacity().base();
		}
	}

	private final Map<Device, List<Unit>> unitsByDevice = new LinkedHashMap<>();
	private final List<CircuitLoad> circuits = new ArrayList<>();
	private final Map<PowerFeed, double[]> feeds = new LinkedHashMap<>();
	private final Map<Rack, RackUse> racks = new LinkedHashMap<>();
	private final List<Overlap> overlaps = new ArrayList<>();
	private final List<Mismatch> mismatches = new ArrayList<>();
	private final List<Device> unknownHeight = new ArrayList<>();
	private final Map<Rack, Integer> rackOrder = new IdentityHashMap<>();
	/** More rack units than any rack has: the overlap search looks no further up a unit than this. */
	public static final int MAX_RACK_UNITS = 100;

	private RackLayout() {
	}

	/** The layout of an indexed design. */
	public static RackLayout of(DesignIndex index) {
		RackLayout layout = new RackLayout();
		Map<Rack, List<Unit>> byRack = new IdentityHashMap<>();
		boolean anyPlaced = false;
		for (Device device : index.all(Device.class)) {
			anyPlaced |= !device.getPlacements().isEmpty();
		}
		boolean rackPlanned = anyPlaced && !index.all(Rack.class).isEmpty();
		for (Device device : index.all(Device.class)) {
			int expected = physicalUnits(device);
			List<Unit> units = layout.place(device, expected);
			long placed = device.getPlacements().stream().filter(p -> DesignIndex.live(p.getRack()))
					.mapToLong(p -> Math.max(0, p.getCount())).sum();
			layout.unitsByDevice.put(device, units);
			for (Unit unit : units) {
				byRack.computeIfAbsent(unit.rack(), r -> new ArrayList<>()).add(unit);
			}
			if (expected >= 0 && placed != expected && (!device.getPlacements().isEmpty() || rackPlanned
					&& expected > 0)) {
				List<String> unplaced = new ArrayList<>();
				for (long i = placed; i < expected && unplaced.size() < Mismatch.NAMED; i++) {
					unplaced.add(unitName(device, (int) i, expected));
				}
				layout.mismatches.add(new Mismatch(device, expected, (int) Math.min(placed, Integer.MAX_VALUE),
						unplaced));
			}
		}
		for (PowerFeed feed : index.all(PowerFeed.class)) {
			layout.feeds.put(feed, new double[2]);
		}
		for (Rack rack : index.all(Rack.class)) {
			List<Unit> units = new ArrayList<>(byRack.getOrDefault(rack, List.of()));
			units.sort(Comparator.comparingInt(Unit::fromU));
			int used = units.stream().mapToInt(u -> u.toU() - u.fromU() + 1).sum();
			double watts = units.stream().filter(u -> !Double.isNaN(u.watts())).mapToDouble(Unit::watts).sum();
			List<Device> unknownPower = units.stream().filter(u -> Double.isNaN(u.watts())).map(Unit::device)
					.distinct().toList();
			layout.racks.put(rack, new RackUse(rack, List.copyOf(units), used, watts, unknownPower));
			layout.rackOrder.put(rack, layout.rackOrder.size());
			layout.loadCircuits(rack, units);
		}
		layout.findOverlaps();
		return layout;
	}

	private List<Unit> place(Device device, int expected) {
		List<Unit> units = new ArrayList<>();
		int height = height(device);
		double watts = device.getPowerDraw() == null ? Double.NaN : device.getPowerDraw().base();
		for (Placement placement : device.getPlacements()) {
			Rack rack = placement.getRack();
			if (!DesignIndex.live(rack)) {
				continue;
			}
			// more units than a rack holds run past its top (the validator reports that placement): they are not
			// laid out one by one
			int count = Math.min(Math.max(0, placement.getCount()), MAX_RACK_UNITS);
			for (int i = 0; i < count; i++) {
				int from = placement.getPosition() + i * height;
				units.add(new Unit(device, unitName(device, units.size(), Math.max(expected, count)), placement, rack,
						from, from + height - 1, watts));
			}
		}
		return units;
	}

	private int height(Device device) {
		if (device.getHeight() == null || device.getHeight().base() < 1) {
			if (!device.getPlacements().isEmpty()) {
				unknownHeight.add(device);
			}
			return 1;
		}
		return (int) Math.ceil(device.getHeight().base());
	}

	private void loadCircuits(Rack rack, List<Unit> units) {
		List<Device> unattributed = new ArrayList<>();
		Map<PowerFeed, double[]> byFeed = new LinkedHashMap<>();
		for (Unit unit : units) {
			if (Double.isNaN(unit.watts())) {
				continue;
			}
			List<PowerFeed> unitFeeds = feedsOf(unit.device());
			if (unitFeeds.isEmpty()) {
				if (!unattributed.contains(unit.device())) {
					unattributed.add(unit.device());
				}
				continue;
			}
			for (PowerFeed feed : unitFeeds) {
				for (double[] load : List.of(byFeed.computeIfAbsent(feed, f -> new double[2]),
						feeds.computeIfAbsent(feed, f -> new double[2]))) {
					load[0] += unit.watts() / unitFeeds.size();
					load[1] += unit.watts();
				}
			}
		}
		for (PowerCircuit circuit : rack.getCircuits()) {
			double[] load = DesignIndex.live(circuit.getFeed()) ? byFeed.getOrDefault(circuit.getFeed(), new double[2])
					: new double[2];
			circuits.add(new CircuitLoad(rack, circuit, load[0], load[1], List.copyOf(unattributed)));
		}
	}

	/** The distinct declared feeds a device's power supplies name. */
	private static List<PowerFeed> feedsOf(Device device) {
		PowerSupplies supplies = device.getPowerSupplies();
		return supplies == null ? List.of()
				: supplies.getFeeds().stream().filter(DesignIndex::live).distinct().toList();
	}

	/**
	 * Each unit in declaration order takes the rack units that are still free; a unit that finds one taken overlaps
	 * the unit that took it first (one overlap per unit, however many devices are stacked on the same U).
	 */
	private void findOverlaps() {
		Map<Rack, Map<Integer, Unit>> occupant = new IdentityHashMap<>();
		for (List<Unit> units : unitsByDevice.values()) {
			for (Unit unit : units) {
				Map<Integer, Unit> rack = occupant.computeIfAbsent(unit.rack(), r -> new java.util.HashMap<>());
				Unit first = null;
				// a device taller than any rack is an error of its own: look at its first rack's worth of units
				int last = (int) Math.min(unit.toU(), (long) unit.fromU() + MAX_RACK_UNITS);
				for (int u = unit.fromU(); u <= last && u >= unit.fromU(); u++) {
					Unit taken = rack.putIfAbsent(u, unit);
					if (taken != null && first == null) {
						first = taken;
					}
				}
				if (first != null) {
					overlaps.add(new Overlap(first, unit));
				}
			}
		}
		overlaps.sort(Comparator.comparing((Overlap o) -> rackOrder.getOrDefault(o.upper().rack(), Integer.MAX_VALUE))
				.thenComparingInt(Overlap::firstSharedU));
	}

	/**
	 * How many physical units a device has: a host design's, load balancer's or firewall's quantity, a physical
	 * management server's count (virtual ones take no rack space: 0), one for any other device (quantities and
	 * counts are 1 when not written).
	 */
	public static int physicalUnits(Device device) {
		if (device instanceof HostDesign host) {
			return Math.max(0, host.getQuantity());
		}
		if (device instanceof LoadBalancer lb) {
			return Math.max(0, lb.getQuantity());
		}
		if (device instanceof Firewall firewall) {
			return Math.max(0, firewall.getQuantity());
		}
		if (device instanceof ManagementServer server) {
			boolean virtual = server.isSetRuns() && server.getRuns() != ServerPlacement.PHYSICAL;
			return virtual ? 0 : Math.max(0, server.getCount());
		}
		return 1;
	}

	/**
	 * The name of unit {@code index} (0-based) of a device with {@code count} units: the device's own name when it
	 * is the only one, else the name with a two-digit (or wider) number: {@code HD-WEB-01}.
	 */
	public static String unitName(Device device, int index, int count) {
		if (count <= 1 && index == 0) {
			return device.getName();
		}
		int width = Math.max(2, String.valueOf(Math.max(count, index + 1)).length());
		return device.getName() + "-" + String.format(java.util.Locale.ROOT, "%0" + width + "d", index + 1);
	}

	/** The units of a device in the order of its placements. */
	public List<Unit> units(Device device) {
		return unitsByDevice.getOrDefault(device, List.of());
	}

	/** Every rack of the design with what it holds, in declaration order. */
	public List<RackUse> racks() {
		return List.copyOf(racks.values());
	}

	public RackUse rack(Rack rack) {
		return racks.get(rack);
	}

	/** Pairs of units that claim the same rack units, in rack and U order. */
	public List<Overlap> overlaps() {
		return List.copyOf(overlaps);
	}

	/** Devices whose placements hold more or fewer units than the device has. */
	public List<Mismatch> mismatches() {
		return List.copyOf(mismatches);
	}

	/** The load on every circuit of every rack, in rack order. */
	public List<CircuitLoad> circuits() {
		return List.copyOf(circuits);
	}

	/** The load on every declared power feed over all racks. */
	public List<FeedLoad> feeds() {
		return feeds.entrySet().stream().map(e -> new FeedLoad(e.getKey(), e.getValue()[0], e.getValue()[1]))
				.toList();
	}

	/** Placed devices without a height (taken as 1 U). */
	public List<Device> unknownHeight() {
		return List.copyOf(unknownHeight);
	}
}
