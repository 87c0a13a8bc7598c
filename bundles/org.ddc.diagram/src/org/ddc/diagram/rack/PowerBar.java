package org.ddc.diagram.rack;

import java.util.List;

import org.ddc.analysis.Quantities;
import org.ddc.diagram.model.Label.Anchor;
import org.ddc.diagram.model.Mark;
import org.ddc.diagram.model.Role;
import org.ddc.diagram.model.Source;
import org.ddc.diagram.model.TextFit;

/**
 * One power bar: a name and the figures on a line, under it the bar — the capacity as a frame, the worst case (the
 * load when the other feeds fail) and the load in use as fills, all to one scale, so that a load beyond the capacity
 * runs past the frame. The figures turn red when a load exceeds the capacity.
 *
 * @param id       the id of its boxes (a suffix is added per part)
 * @param name     what it is ("A CON-FEED-A", "budget")
 * @param capacity capacity in W, NaN when not stated
 * @param used     load in W with everything up
 * @param worst    load in W when the other feeds fail, NaN for a bar without one (the rack budget)
 * @param tooltip  what hovering any part shows
 * @param mark     the mark of the frame (the whole bar)
 * @param partMark the mark of the fills (a failed feed crosses them too)
 * @param source   where the capacity is written
 */
record PowerBar(String id, String name, double capacity, double used, double worst, String tooltip, Mark mark,
		Mark partMark, Source source) {

	/** Height of the name line and the bar together. */
	static final double HEIGHT = 28;
	static final double BAR = 10;
	private static final double TEXT = 10;

	/** "1.8 · 3.6 / 8 kW": in use, worst case, capacity, in one unit (kW when any of them reaches 1 kW). */
	String figures() {
		double largest = Math.max(Math.max(used, Double.isNaN(worst) ? 0 : worst),
				Double.isNaN(capacity) ? 0 : capacity);
		double divisor = largest >= 1000 ? 1000 : 1;
		String text = Quantities.number(used / divisor);
		if (!Double.isNaN(worst)) {
			text += " · " + Quantities.number(worst / divisor);
		}
		return text + " / " + (Double.isNaN(capacity) ? "?" : Quantities.number(capacity / divisor))
				+ (divisor > 1 ? " kW" : " W");
	}

	boolean over() {
		return !Double.isNaN(capacity) && (used > capacity || (!Double.isNaN(worst) && worst > capacity));
	}

	/** Draws the bar with its top left at x, y, {@code width} wide. */
	void draw(Sheet sheet, double x, double y, double width) {
		String figures = figures();
		double figuresWidth = TextFit.width(figures, TEXT);
		sheet.label(x + width, y + TEXT, figures, TEXT, Anchor.END, false, over() ? Sheet.ERROR : Sheet.TEXT, width);
		sheet.label(x, y + TEXT, name, TEXT, Anchor.START, false, Sheet.TEXT, width - figuresWidth - 6);
		double scale = Math.max(Math.max(Double.isNaN(capacity) ? 0 : capacity, used),
				Math.max(Double.isNaN(worst) ? 0 : worst, 1));
		double top = y + TEXT + 4;
		if (!Double.isNaN(capacity)) {
			sheet.box(id + ":capacity", Role.POWER_CAPACITY, x, top, width * capacity / scale, BAR, List.of(), tooltip,
					mark, source);
		}
		if (!Double.isNaN(worst) && worst > 0) {
			sheet.box(id + ":worst", Role.POWER_WORST, x, top, width * worst / scale, BAR, List.of(), tooltip,
					partMark, source);
		}
		if (used > 0) {
			sheet.box(id + ":used", Role.POWER_USED, x, top, width * used / scale, BAR, List.of(), tooltip, partMark,
					source);
		}
	}
}
