package org.ddc.diagram.rack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ddc.analysis.Quantities;
import org.ddc.analysis.RackLayout.CircuitLoad;
import org.ddc.analysis.RackLayout.RackUse;
import org.ddc.analysis.RackLayout.Unit;
import org.ddc.diagram.DiagramInput;
import org.ddc.diagram.model.Label.Anchor;
import org.ddc.diagram.model.Mark;
import org.ddc.diagram.model.Role;
import org.ddc.diagram.model.TextFit;
import org.ddc.model.Device;
import org.ddc.model.PowerFeed;
import org.ddc.model.Rack;

/**
 * One rack from the front: its name and location, the frame with the U scale (U 1 at the bottom), every unit of a
 * device at its position and height with its power-supply markers (one per feed its supplies connect to, tagged with
 * the feed), the free units as empty slots, and under the rack a power bar per circuit and one for the rack budget.
 * Units that share rack units are drawn side by side in lanes, in the error colour; units outside the rack's height
 * are left to the sheet's tray.
 */
final class RackColumn {
	/** Pixels per rack unit. */
	static final double U = 14;
	static final double SCALE = 24;
	static final double AREA = 150;
	static final double PAD = 4;
	static final double MARKER = 16;
	static final double HEADER = 34;
	/** Space between the frame and the power bars. */
	static final double BARS_GAP = 10;
	/** Racks taller than this get a U number every 5 units. */
	static final int EVERY_UNIT_UP_TO = 48;

	private final DiagramInput input;
	private final RackUse use;
	private final List<CircuitLoad> circuits;
	private final Devices devices;
	private final Set<Device> unknownHeight;
	private final Map<Unit, String> extra;
	private final int drawnUnits;
	private final List<Unit> inside = new ArrayList<>();
	private final List<Unit> outside = new ArrayList<>();

	/**
	 * @param extra a note per unit beyond its device's quantity
	 */
	RackColumn(DiagramInput input, RackUse use, List<CircuitLoad> circuits, Devices devices, Set<Device> unknownHeight,
			Map<Unit, String> extra) {
		this.input = input;
		this.use = use;
		this.circuits = circuits;
		this.devices = devices;
		this.unknownHeight = unknownHeight;
		this.extra = extra;
		int top = use.units().stream().mapToInt(Unit::toU).max().orElse(1);
		this.drawnUnits = use.heightU() > 0 ? use.heightU() : Math.min(Math.max(top, 1), 100);
		for (Unit unit : use.units()) {
			(unit.fromU() >= 1 && unit.toU() <= drawnUnits ? inside : outside).add(unit);
		}
	}

	/** The width of a rack with room for {@code markers} power-supply markers per device. */
	static double width(int markers) {
		return SCALE + AREA + PAD + Math.max(1, markers) * MARKER + PAD;
	}

	/** The rack units drawn: the rack's height, or its highest used unit when the height is not stated. */
	int drawnUnits() {
		return drawnUnits;
	}

	/** The units of the rack that lie (partly) outside its height or below U 1. */
	List<Unit> outside() {
		return outside;
	}

	RackUse use() {
		return use;
	}

	/** The height of the power bars under the frame. */
	double barsHeight() {
		return BARS_GAP + (circuits.size() + 1) * PowerBar.HEIGHT;
	}

	/**
	 * Draws the rack with its left edge at x, standing on the floor of a row whose tallest rack has {@code rowUnits}
	 * units: the frames of a row end at one height, the bars under them line up.
	 */
	void draw(Sheet sheet, double x, double rowTop, int rowUnits, int markers) {
		Rack rack = use.rack();
		double width = width(markers);
		double floor = rowTop + HEADER + rowUnits * U + 2 * PAD;
		double frameTop = floor - drawnUnits * U - 2 * PAD;
		sheet.label(x, frameTop - 20, rack.getName(), 12, Anchor.START, true, Sheet.TEXT, width);
		String location = rack.getLocation() == null ? "" : rack.getLocation();
		sheet.label(x, frameTop - 6, use.heightU() > 0 ? location : "height not stated: drawn to U " + drawnUnits, 9,
				Anchor.START, false, use.heightU() > 0 ? Sheet.MUTED : Sheet.ERROR, width);
		sheet.box("rack:" + rack.getName(), Role.RACK, x, frameTop, width, drawnUnits * U + 2 * PAD, List.of(),
				tooltip(), input.overlays().mark(rack), input.sources().of(rack));
		double unitsTop = frameTop + PAD;
		scale(sheet, x, unitsTop);
		slots(sheet, x + SCALE, unitsTop);
		units(sheet, x + SCALE, unitsTop);
		double barTop = floor + BARS_GAP;
		for (int i = 0; i < circuits.size(); i++) {
			circuitBar(circuits.get(i), i).draw(sheet, x, barTop + i * PowerBar.HEIGHT, width);
		}
		budgetBar().draw(sheet, x, barTop + circuits.size() * PowerBar.HEIGHT, width);
	}

	private String tooltip() {
		Rack rack = use.rack();
		List<String> lines = new ArrayList<>();
		lines.add("rack " + rack.getName() + (rack.getLocation() == null ? "" : " — " + rack.getLocation()));
		lines.add(use.heightU() > 0 ? use.usedU() + " of " + use.heightU() + " U used" : use.usedU()
				+ " U used; height not stated");
		lines.add(Quantities.power(use.watts()) + " drawn"
				+ (Double.isNaN(use.budgetWatts()) ? "; power budget not stated"
						: " of a " + Quantities.power(use.budgetWatts()) + " budget")
				+ (use.unknownPower().isEmpty() ? ""
						: "; draw not stated: " + String.join(", ", use.unknownPower().stream().map(Device::getName)
								.toList())));
		for (CircuitLoad circuit : circuits) {
			lines.add(circuitText(circuit));
		}
		return String.join("\n", lines);
	}

	private static String circuitText(CircuitLoad circuit) {
		PowerFeed feed = circuit.circuit().getFeed();
		return "circuit from " + (feed == null || feed.getName() == null ? "an unknown feed" : feed.getName()) + ": "
				+ (Double.isNaN(circuit.capacityWatts()) ? "capacity not stated"
						: Quantities.power(circuit.capacityWatts()))
				+ "; " + Quantities.power(circuit.normalWatts()) + " with every feed up, "
				+ Quantities.power(circuit.worstCaseWatts()) + " when the other feeds fail"
				+ (circuit.unattributed().isEmpty() ? ""
						: "; at least (on no feed: " + String.join(", ", circuit.unattributed().stream()
								.map(Device::getName).toList()) + ")");
	}

	private PowerBar circuitBar(CircuitLoad circuit, int index) {
		PowerFeed feed = circuit.circuit().getFeed();
		String feedName = feed == null || feed.getName() == null ? "?" : feed.getName();
		Mark feedMark = feed == null ? Mark.NONE : input.overlays().mark(feed);
		Mark failure = Sheet.failureOnly(feedMark);
		return new PowerBar("circuit:" + use.rack().getName() + ":" + index, devices.tag(feed) + " " + feedName,
				circuit.capacityWatts(), circuit.normalWatts(), circuit.worstCaseWatts(),
				"rack " + use.rack().getName() + ", " + circuitText(circuit), failure, failure,
				input.sources().of(circuit.circuit()));
	}

	private PowerBar budgetBar() {
		Rack rack = use.rack();
		return new PowerBar("budget:" + rack.getName(), "budget", use.budgetWatts(), use.watts(), Double.NaN,
				"rack " + rack.getName() + ": " + Quantities.power(use.watts()) + " drawn, budget "
						+ (Double.isNaN(use.budgetWatts()) ? "not stated" : Quantities.power(use.budgetWatts())),
				Mark.NONE, Mark.NONE, input.sources().of(rack));
	}

	/** The U numbers left of the units: every unit, or every fifth (and U 1) in a tall rack. */
	private void scale(Sheet sheet, double x, double unitsTop) {
		boolean every = drawnUnits <= EVERY_UNIT_UP_TO;
		for (int u = 1; u <= drawnUnits; u++) {
			if (every || u == 1 || u % 5 == 0) {
				sheet.label(x + SCALE - 4, top(unitsTop, u) + U - 4, String.valueOf(u), 9, Anchor.END, false,
						Sheet.MUTED, SCALE);
			}
		}
	}

	/** The top edge of rack unit u. */
	private double top(double unitsTop, int u) {
		return unitsTop + (drawnUnits - u) * U;
	}

	private void slots(Sheet sheet, double x, double unitsTop) {
		boolean[] taken = new boolean[drawnUnits + 1];
		for (Unit unit : inside) {
			for (int u = unit.fromU(); u <= unit.toU(); u++) {
				taken[u] = true;
			}
		}
		String rack = use.rack().getName();
		for (int u = 1; u <= drawnUnits; u++) {
			if (!taken[u]) {
				sheet.box("slot:" + rack + ":U" + u, Role.EMPTY_UNIT, x, top(unitsTop, u) + 0.5, AREA, U - 1, List.of(),
						rack + " U " + u + ": empty", Mark.NONE, null);
			}
		}
	}

	private void units(Sheet sheet, double x, double unitsTop) {
		Lanes lanes = new Lanes(inside);
		for (Unit unit : inside) {
			Device device = unit.device();
			double laneWidth = lanes.shared(unit) ? AREA / lanes.count() : AREA;
			double left = x + (lanes.shared(unit) ? lanes.lane(unit) * laneWidth : 0);
			double y = top(unitsTop, unit.toU()) + 0.5;
			double height = Devices.heightU(unit) * U - 1;
			Mark mark = input.overlays().unit(unit);
			if (lanes.shared(unit)) {
				mark = Sheet.withError(mark, "shares rack units with " + String.join(", ", lanes.sharing(unit).stream()
						.map(u -> u.name() + " (" + Devices.range(u) + ")").toList()) + ": drawn side by side");
			}
			String beyond = extra.get(unit);
			if (beyond != null) {
				mark = Sheet.withError(mark, beyond);
			}
			sheet.box("unit:" + use.rack().getName() + ":U" + unit.fromU() + ":" + unit.name(), Devices.role(device),
					left, y, laneWidth - (lanes.shared(unit) ? 1 : 0), height, lines(unit, laneWidth, height),
					Devices.tooltip(unit, unknownHeight.contains(device)), mark, input.sources().of(device));
			if (!lanes.shared(unit) || lanes.lane(unit) == 0) {
				markers(sheet, unit, x + AREA + PAD, y + (height - 12) / 2);
			}
		}
	}

	/** The name; the height and draw under it when the unit has room for a second line. */
	private List<String> lines(Unit unit, double width, double height) {
		double room = width - 6;
		String name = TextFit.fit(unit.name(), room, 11);
		if (height < 2 * 13) {
			return List.of(name);
		}
		boolean unknown = unknownHeight.contains(unit.device());
		String facts = (unknown ? "? U" : Devices.heightU(unit) + " U")
				+ (Double.isNaN(unit.watts()) ? "" : " · " + Quantities.power(unit.watts()));
		return List.of(name, TextFit.fit(facts, room, 11));
	}

	/** One marker per feed the unit's power supplies connect to, tagged with the feed; "?" when they name none. */
	private void markers(Sheet sheet, Unit unit, double x, double y) {
		Device device = unit.device();
		if (device.getPowerSupplies() == null) {
			return;
		}
		List<PowerFeed> feeds = Devices.feeds(device);
		String supplies = unit.name() + ": " + Devices.supplies(device);
		String id = "psu:" + use.rack().getName() + ":U" + unit.fromU() + ":" + unit.name();
		if (feeds.isEmpty()) {
			sheet.box(id, Role.POWER_CAPACITY, x, y, MARKER - 2, 12, List.of("?"), supplies,
					Sheet.withError(Mark.NONE, "its power supplies name no power feed"),
					input.sources().of(device.getPowerSupplies()));
			return;
		}
		for (int i = 0; i < feeds.size(); i++) {
			PowerFeed feed = feeds.get(i);
			sheet.box(id + ":" + feed.getName(), Role.POWER_CAPACITY, x + i * MARKER, y, MARKER - 2, 12,
					List.of(devices.tag(feed)), supplies + "\nmarker " + devices.tag(feed) + ": power feed "
							+ feed.getName(),
					Sheet.failureOnly(input.overlays().mark(feed)), input.sources().of(device.getPowerSupplies()));
		}
	}
}
