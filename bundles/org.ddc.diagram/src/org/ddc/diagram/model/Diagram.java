package org.ddc.diagram.model;

import java.util.List;

import org.ddc.diagram.DiagramKind;

/**
 * One diagram, laid out, independent of the format it is written in: boxes, edges and labels with their positions
 * in pixels, in drawing order (later shapes on top), and a legend. The SVG writer draws it; the hit map reads it.
 *
 * @param kind   which diagram
 * @param title  its title ("Rack elevations — Contoso")
 * @param width  the drawing's width, legend excluded
 * @param height the drawing's height, legend excluded
 * @param shapes what is drawn, in order
 * @param legend what the colours and marks mean, in order
 * @param notes  sentences under the legend: what was collapsed or left out, and why
 */
public record Diagram(DiagramKind kind, String title, double width, double height, List<Shape> shapes,
		List<LegendEntry> legend, List<String> notes) {

	public Diagram {
		shapes = List.copyOf(shapes);
		legend = List.copyOf(legend);
		notes = List.copyOf(notes);
	}

	/** The boxes, in drawing order. */
	public List<Box> boxes() {
		return shapes.stream().filter(Box.class::isInstance).map(Box.class::cast).toList();
	}

	/** The edges, in drawing order. */
	public List<Edge> edges() {
		return shapes.stream().filter(Edge.class::isInstance).map(Edge.class::cast).toList();
	}
}
