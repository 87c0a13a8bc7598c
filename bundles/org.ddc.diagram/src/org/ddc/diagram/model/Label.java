package org.ddc.diagram.model;

/**
 * Free text: a heading, a U number, an edge's label.
 *
 * @param x      anchor point: left, centre or right end of the baseline as {@code anchor} says
 * @param y      baseline
 * @param text   the text, already short enough (see {@link TextFit})
 * @param size   font size in pixels
 * @param anchor which end of the text {@code x} is
 * @param bold   bold
 * @param colour colour {@code #rrggbb}
 */
public record Label(double x, double y, String text, double size, Anchor anchor, boolean bold, String colour)
		implements Shape {

	/** Which end of the text the anchor point is. */
	public enum Anchor {
		START, MIDDLE, END
	}
}
