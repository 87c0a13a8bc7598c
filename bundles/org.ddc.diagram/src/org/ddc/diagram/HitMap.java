package org.ddc.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ddc.diagram.model.Box;
import org.ddc.diagram.model.Diagram;
import org.ddc.diagram.model.Point;
import org.ddc.diagram.model.Source;
import org.ddc.diagram.svg.SvgWriter;

/**
 * Where each element of a diagram lies in its SVG, for a view that draws the SVG and answers the mouse: the box in SVG
 * coordinates (scale them as the drawing is scaled), the tooltip, and the source to select in the editor.
 *
 * @param hits the boxes, in drawing order (later ones on top)
 */
public record HitMap(List<Hit> hits) {

	/**
	 * One element's box.
	 *
	 * @param id      the box's id in the diagram
	 * @param x       left edge in the SVG
	 * @param y       top edge in the SVG
	 * @param width   width
	 * @param height  height
	 * @param tooltip the tooltip (the box's, then its overlay notes)
	 * @param source  where the element is written, or null
	 */
	public record Hit(String id, double x, double y, double width, double height, String tooltip, Source source) {

		boolean contains(double px, double py) {
			return px >= x && px <= x + width && py >= y && py <= y + height;
		}
	}

	public HitMap {
		hits = List.copyOf(hits);
	}

	/** The hit map of the diagram as {@link SvgWriter} writes it. */
	public static HitMap of(Diagram diagram) {
		List<Hit> hits = new ArrayList<>();
		for (Box box : diagram.boxes()) {
			if (box.tooltip().isEmpty() && box.source() == null && !box.mark().any()) {
				continue;
			}
			Point corner = SvgWriter.toSvg(new Point(box.x(), box.y()));
			List<String> lines = new ArrayList<>();
			if (!box.tooltip().isEmpty()) {
				lines.add(box.tooltip());
			}
			lines.addAll(box.mark().notes());
			hits.add(new Hit(box.id(), corner.x(), corner.y(), box.width(), box.height(), String.join("\n", lines),
					box.source()));
		}
		return new HitMap(hits);
	}

	/** The topmost box at that point of the SVG (the innermost, as frames are drawn first), if any. */
	public Optional<Hit> at(double x, double y) {
		for (int i = hits.size() - 1; i >= 0; i--) {
			if (hits.get(i).contains(x, y)) {
				return Optional.of(hits.get(i));
			}
		}
		return Optional.empty();
	}
}
