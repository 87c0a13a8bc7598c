package org.ddc.ui.diagram;

import org.ddc.diagram.DiagramKind;
import org.ddc.diagram.HitMap;

import com.github.weisj.jsvg.SVGDocument;

/**
 * One diagram of a design, ready to draw: its SVG (as {@code ddc diagram} writes it) parsed by JSVG, and the hit map
 * that answers the mouse.
 *
 * @param kind     which diagram
 * @param title    its title, for the tab
 * @param document the SVG, parsed
 * @param hits     where its elements lie, in SVG units
 */
public record DrawnDiagram(DiagramKind kind, String title, SVGDocument document, HitMap hits) {

	/** Width of the SVG in SVG units. */
	public double width() {
		return document.size().width;
	}

	/** Height of the SVG in SVG units. */
	public double height() {
		return document.size().height;
	}
}
