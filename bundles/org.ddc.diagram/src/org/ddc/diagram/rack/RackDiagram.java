package org.ddc.diagram.rack;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ddc.analysis.Quantities;
import org.ddc.analysis.RackLayout;
import org.ddc.analysis.RackLayout.CircuitLoad;
import org.ddc.analysis.RackLayout.FeedLoad;
import org.ddc.analysis.RackLayout.Mismatch;
import org.ddc.analysis.RackLayout.Overlap;
import org.ddc.analysis.RackLayout.RackUse;
import org.ddc.analysis.RackLayout.Unit;
import org.ddc.diagram.DiagramBuilder;
import org.ddc.diagram.DiagramInput;
import org.ddc.diagram.DiagramKind;
import org.ddc.diagram.model.Diagram;
import org.ddc.diagram.model.Label.Anchor;
import org.ddc.diagram.model.LegendEntry;
import org.ddc.diagram.model.Mark;
import org.ddc.diagram.model.Role;
import org.ddc.model.Device;
import org.ddc.model.PowerFeed;

/**
 * The rack elevations of a design: every rack from the front, side by side in the order the design declares them,
 * as a row of racks stands on a floor plan — at most {@value #PER_ROW} to a row (more racks wrap into rows of equal
 * length, so that the sheet stays legible on a screen and a page); under each rack a power bar per circuit and one
 * for its budget; under the racks a bar per power feed over all racks; after the last rack a tray of what could not
 * be drawn in a rack (units without a place, units outside their rack's height). Every figure comes from
 * {@link RackLayout} and every mark from the overlays.
 */
public final class RackDiagram implements DiagramBuilder {
	/** The most racks in one row. */
	public static final int PER_ROW = 12;
	static final double GAP = 28;
	static final double ROW_GAP = 30;
	static final double FEED_BAR_WIDTH = 420;
	/** The most entries of the tray and of each list in the notes. */
	static final int LISTED = 12;

	@Override
	public DiagramKind kind() {
		return DiagramKind.RACK;
	}

	@Override
	public Diagram build(DiagramInput input) {
		RackLayout layout = input.analysis().racks();
		String title = DiagramKind.RACK.title() + " — " + input.name();
		if (layout.racks().isEmpty()) {
			return new Diagram(DiagramKind.RACK, title, 480, 0, List.of(), List.of(),
					List.of("The design declares no racks: there is nothing to draw. Declare racks with 'rack' and "
							+ "place devices with 'placement RACK at U n'."));
		}
		List<PowerFeed> feeds = layout.feeds().stream().map(FeedLoad::feed).toList();
		Devices devices = new Devices(feeds);
		Set<Device> unknownHeight = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
		unknownHeight.addAll(layout.unknownHeight());
		Map<Unit, String> extra = beyondQuantity(input, layout);
		List<RackColumn> columns = new ArrayList<>();
		for (RackUse use : layout.racks()) {
			List<CircuitLoad> circuits = layout.circuits().stream().filter(c -> c.rack() == use.rack()).toList();
			columns.add(new RackColumn(input, use, circuits, devices, unknownHeight, extra));
		}
		int markers = layout.racks().stream().flatMap(r -> r.units().stream())
				.mapToInt(u -> Devices.feeds(u.device()).size()).max().orElse(1);
		double columnWidth = RackColumn.width(markers);

		Sheet sheet = new Sheet();
		int rows = (columns.size() + PER_ROW - 1) / PER_ROW;
		int perRow = (columns.size() + rows - 1) / rows;
		List<Tray.Entry> tray = Tray.entries(input, layout, columns);
		double y = 0;
		double width = 0;
		for (int row = 0; row < rows; row++) {
			List<RackColumn> inRow = columns.subList(row * perRow, Math.min(columns.size(), (row + 1) * perRow));
			int rowUnits = inRow.stream().mapToInt(RackColumn::drawnUnits).max().orElse(1);
			double bars = inRow.stream().mapToDouble(RackColumn::barsHeight).max().orElse(0);
			double rowHeight = RackColumn.HEADER + rowUnits * RackColumn.U + 2 * RackColumn.PAD + bars;
			double x = 0;
			for (RackColumn column : inRow) {
				column.draw(sheet, x, y, rowUnits, markers);
				x += columnWidth + GAP;
			}
			if (row == rows - 1 && !tray.isEmpty()) {
				double trayHeight = Tray.draw(sheet, tray, x, y, columnWidth);
				rowHeight = Math.max(rowHeight, trayHeight);
				x += columnWidth + GAP;
			}
			width = Math.max(width, x - GAP);
			y += rowHeight + ROW_GAP;
		}
		y = feedBars(sheet, input, layout, devices, y);
		width = Math.max(width, FEED_BAR_WIDTH);
		return new Diagram(DiagramKind.RACK, title, width, y, sheet.shapes(), legend(layout, devices),
				notes(input, layout, columns, rows, perRow));
	}

	/**
	 * A note for each unit placed beyond its device's quantity: the placements hold more units than the device has
	 * (the units after the quantity, in placement order).
	 */
	private static Map<Unit, String> beyondQuantity(DiagramInput input, RackLayout layout) {
		Map<Unit, String> extra = new LinkedHashMap<>();
		for (Mismatch mismatch : layout.mismatches()) {
			List<Unit> units = layout.units(mismatch.device());
			for (int i = mismatch.expected(); i < units.size(); i++) {
				extra.put(units.get(i), "placed beyond " + mismatch.device().getName() + "'s quantity of "
						+ mismatch.expected());
			}
		}
		return extra;
	}

	/** A bar per power feed over all racks, under the racks; returns the height used. */
	private static double feedBars(Sheet sheet, DiagramInput input, RackLayout layout, Devices devices, double y) {
		if (layout.feeds().isEmpty()) {
			return y;
		}
		sheet.label(0, y + 12, "Power feeds over all racks", 12, Anchor.START, true, Sheet.TEXT, FEED_BAR_WIDTH);
		double top = y + 20;
		for (FeedLoad feed : layout.feeds()) {
			PowerFeed element = feed.feed();
			String source = element.getSource() == null ? "" : " (" + element.getSource() + ")";
			Mark mark = input.overlays().mark(element);
			String tooltip = "power feed " + element.getName() + source + ": "
					+ (Double.isNaN(feed.capacityWatts()) ? "capacity not stated"
							: Quantities.power(feed.capacityWatts()))
					+ "; " + Quantities.power(feed.normalWatts()) + " with every feed up, "
					+ Quantities.power(feed.worstCaseWatts()) + " when the other feeds fail";
			new PowerBar("feed:" + element.getName(), devices.tag(element) + " " + element.getName() + source,
					feed.capacityWatts(), feed.normalWatts(), feed.worstCaseWatts(), tooltip, mark,
					Sheet.failureOnly(mark), input.sources().of(element)).draw(sheet, 0, top, FEED_BAR_WIDTH);
			top += PowerBar.HEIGHT + 4;
		}
		return top;
	}

	private static List<LegendEntry> legend(RackLayout layout, Devices devices) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		layout.racks().forEach(r -> r.units().forEach(u -> roles.add(Devices.role(u.device()))));
		List<LegendEntry> legend = new ArrayList<>();
		roles.forEach(role -> legend.add(LegendEntry.of(role)));
		legend.add(LegendEntry.of(Role.EMPTY_UNIT));
		legend.add(LegendEntry.of(Role.RACK));
		legend.add(new LegendEntry("power in use, every feed up", Role.POWER_USED.fill(), LegendEntry.Kind.FILL));
		legend.add(new LegendEntry("power when the other feeds fail", Role.POWER_WORST.fill(),
				LegendEntry.Kind.FILL));
		legend.add(new LegendEntry("capacity (circuit, budget, feed)", Role.POWER_CAPACITY.stroke(),
				LegendEntry.Kind.OUTLINE));
		for (Map.Entry<PowerFeed, String> tag : devices.tags().entrySet()) {
			legend.add(new LegendEntry("power supply on " + tag.getKey().getName() + " (marker " + tag.getValue()
					+ ")", Role.POWER_CAPACITY.stroke(), LegendEntry.Kind.OUTLINE));
		}
		return legend;
	}

	private static List<String> notes(DiagramInput input, RackLayout layout, List<RackColumn> columns, int rows,
			int perRow) {
		List<String> notes = new ArrayList<>();
		notes.add("Racks in the order the design declares them, seen from the front, U 1 at the bottom"
				+ (rows > 1 ? "; " + columns.size() + " racks in " + rows + " rows of up to " + perRow
						+ " (at most " + PER_ROW + " to a row)" : "")
				+ ". Markers right of a device: one per power feed its power supplies connect to. Bars under a rack: "
				+ "per circuit the load with every feed up · the load when the other feeds fail / the circuit's "
				+ "capacity; budget: the rack's draw / its power budget. Hover for the figures.");
		List<Overlap> overlaps = layout.overlaps();
		if (!overlaps.isEmpty()) {
			notes.add(listed("Units sharing rack units, drawn side by side in the error colour: ", overlaps.stream()
					.map(o -> o.upper().name() + " (" + o.upper().rack().getName() + " " + Devices.range(o.upper())
							+ ") with " + o.lower().name() + " (" + Devices.range(o.lower()) + ")")
					.toList()));
		}
		List<String> outside = columns.stream().flatMap(c -> c.outside().stream())
				.map(u -> u.name() + " (" + u.rack().getName() + " " + Devices.range(u) + ")").toList();
		if (!outside.isEmpty()) {
			notes.add(listed("Units outside their rack's height, in the tray: ", outside));
		}
		List<String> unplaced = layout.mismatches().stream().filter(m -> m.unplaced() > 0)
				.map(m -> m.device().getName() + " (" + m.unplaced() + " of " + m.expected() + ")").toList();
		if (!unplaced.isEmpty()) {
			notes.add(listed("Units without a place, in the tray: ", unplaced));
		}
		List<String> beyond = layout.mismatches().stream().filter(m -> m.placed() > m.expected())
				.map(m -> m.device().getName() + " (" + m.placed() + " placed, quantity " + m.expected() + ")")
				.toList();
		if (!beyond.isEmpty()) {
			notes.add(listed("Placed more often than the device's quantity (the extra units in the error colour): ",
					beyond));
		}
		if (!layout.unknownHeight().isEmpty()) {
			notes.add(listed("Height not stated, drawn as 1 U: ",
					layout.unknownHeight().stream().map(Device::getName).toList()));
		}
		List<String> unknownPower = layout.racks().stream().flatMap(r -> r.unknownPower().stream()).distinct()
				.map(Device::getName).toList();
		if (!unknownPower.isEmpty()) {
			notes.add(listed("Power draw not stated (not in the bars): ", unknownPower));
		}
		List<String> unattributed = layout.circuits().stream().flatMap(c -> c.unattributed().stream()).distinct()
				.map(Device::getName).toList();
		if (!unattributed.isEmpty()) {
			notes.add(listed("Power supplies on no feed (not in the circuit bars, in the budget): ", unattributed));
		}
		notes.addAll(input.overlays().whatIfNotes());
		return notes;
	}

	/** "Prefix: a, b, c and 4 more." with at most {@value #LISTED} named. */
	static String listed(String prefix, List<String> items) {
		if (items.size() <= LISTED) {
			return prefix + String.join(", ", items) + ".";
		}
		return prefix + String.join(", ", items.subList(0, LISTED)) + " and " + (items.size() - LISTED) + " more.";
	}
}
