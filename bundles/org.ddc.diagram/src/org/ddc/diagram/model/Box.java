package org.ddc.diagram.model;

import java.util.List;

/**
 * A box: a device, a rack, a group frame, an empty unit, a part of a power bar.
 *
 * @param id      unique within the diagram, stable from run to run (an element's name and kind), used for the hit map
 * @param role    what it stands for: its colours
 * @param x       left edge
 * @param y       top edge
 * @param width   width
 * @param height  height
 * @param lines   the text inside, one line each, already short enough for the width (see {@link TextFit}); may be empty
 * @param tooltip what hovering shows (element, facts, findings); may be empty
 * @param mark    what the overlays say of it
 * @param source  where it is written, or null (a generated frame, an empty unit)
 */
public record Box(String id, Role role, double x, double y, double width, double height, List<String> lines,
		String tooltip, Mark mark, Source source) implements Shape {

	public Box {
		lines = List.copyOf(lines);
	}

	/** True when the point lies in the box. */
	public boolean contains(double px, double py) {
		return px >= x && px <= x + width && py >= y && py <= y + height;
	}
}
