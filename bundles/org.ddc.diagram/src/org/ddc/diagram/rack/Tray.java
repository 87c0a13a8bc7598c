package org.ddc.diagram.rack;

import java.util.ArrayList;
import java.util.List;

import org.ddc.analysis.RackLayout;
import org.ddc.analysis.RackLayout.Mismatch;
import org.ddc.analysis.RackLayout.Unit;
import org.ddc.diagram.DiagramInput;
import org.ddc.diagram.model.Label.Anchor;
import org.ddc.diagram.model.Mark;
import org.ddc.diagram.model.Role;
import org.ddc.diagram.model.Source;
import org.ddc.diagram.model.TextFit;
import org.ddc.model.Device;

/**
 * What the sheet cannot draw in a rack, beside the last rack, in the error colour: a device whose placements leave
 * units without a place, and each unit that lies outside its rack's height. Never dropped: what does not fit the
 * tray is counted in its last entry and named in the diagram's notes.
 */
final class Tray {
	static final double ENTRY = 2 * RackColumn.U + 4;
	/** The most entries shown; the rest are counted. */
	static final int SHOWN = RackDiagram.LISTED;

	/** One entry: a device box with the reason. */
	record Entry(String id, Role role, String name, String why, String tooltip, Mark mark, Source source) {
	}

	private Tray() {
	}

	static List<Entry> entries(DiagramInput input, RackLayout layout, List<RackColumn> columns) {
		List<Entry> entries = new ArrayList<>();
		for (Mismatch mismatch : layout.mismatches()) {
			if (mismatch.unplaced() == 0) {
				continue;
			}
			Device device = mismatch.device();
			String why = mismatch.unplaced() + " of " + mismatch.expected() + " without a place";
			String names = String.join(", ", mismatch.firstUnplaced())
					+ (mismatch.unplaced() > mismatch.firstUnplaced().size() ? " …" : "");
			entries.add(new Entry("unplaced:" + device.getName(), Devices.role(device), device.getName(), why,
					device.getName() + ": " + why + " (" + names + ")",
					Sheet.withError(input.overlays().mark(device), why), input.sources().of(device)));
		}
		for (RackColumn column : columns) {
			for (Unit unit : column.outside()) {
				String why = Devices.range(unit) + " outside " + unit.rack().getName() + "'s "
						+ column.drawnUnits() + " U";
				entries.add(new Entry("outside:" + unit.rack().getName() + ":U" + unit.fromU() + ":" + unit.name(),
						Devices.role(unit.device()), unit.name(), why, Devices.tooltip(unit, false) + "\n" + why,
						Sheet.withError(input.overlays().unit(unit), why), input.sources().of(unit.device())));
			}
		}
		return entries;
	}

	/** Draws the tray at x, y; returns its height. */
	static double draw(Sheet sheet, List<Entry> entries, double x, double y, double width) {
		sheet.label(x, y + RackColumn.HEADER - 20, "Not in a rack", 12, Anchor.START, true, Sheet.ERROR, width);
		sheet.label(x, y + RackColumn.HEADER - 6, "placements to fix", 9, Anchor.START, false, Sheet.MUTED, width);
		double top = y + RackColumn.HEADER;
		int shown = entries.size() > SHOWN ? SHOWN - 1 : entries.size();
		for (int i = 0; i < shown; i++) {
			Entry entry = entries.get(i);
			sheet.box(entry.id(), entry.role(), x, top, width, ENTRY - 4,
					List.of(TextFit.fit(entry.name(), width - 6, 11), TextFit.fit(entry.why(), width - 6, 11)),
					entry.tooltip(), entry.mark(), entry.source());
			top += ENTRY;
		}
		if (shown < entries.size()) {
			int rest = entries.size() - shown;
			sheet.box("unplaced:more", Role.OTHER_DEVICE, x, top, width, ENTRY - 4,
					List.of("and " + rest + " more", "hover for the list"), String.join("\n", entries
							.subList(shown, entries.size()).stream().map(Entry::tooltip).toList()),
					Sheet.withError(Mark.NONE, rest + " more not in a rack"), null);
			top += ENTRY;
		}
		return top - y;
	}
}
