package org.ddc.diagram.model;

import java.util.List;

/**
 * A line: a network link, a storage path, a cable. Orthogonal as laid out (a polyline through its bend points).
 *
 * @param id      unique within the diagram, stable from run to run
 * @param points  start, bend points, end
 * @param colour  stroke colour {@code #rrggbb}
 * @param width   stroke width
 * @param dashed  drawn dashed (a second fabric, a standby path)
 * @param tooltip what hovering shows; may be empty
 * @param mark    what the overlays say of it
 */
public record Edge(String id, List<Point> points, String colour, double width, boolean dashed, String tooltip,
		Mark mark) implements Shape {

	public Edge {
		points = List.copyOf(points);
		if (points.size() < 2) {
			throw new IllegalArgumentException("an edge needs two points: " + id);
		}
	}
}
