package org.ddc.diagram.model;

/**
 * Text that fits a width, without measuring fonts: the diagrams use one sans-serif font, whose average character is
 * at most {@value #CHAR_WIDTH} of the font size wide for the names and figures they show. A text that would not fit
 * is cut with "…"; the tooltip carries it whole.
 */
public final class TextFit {

	/** Average advance of a character as a share of the font size (DejaVu Sans, names and digits: about 0.6). */
	public static final double CHAR_WIDTH = 0.62;

	private TextFit() {
	}

	/** The text's estimated width at that font size. */
	public static double width(String text, double size) {
		return text.codePointCount(0, text.length()) * size * CHAR_WIDTH;
	}

	/** The text, cut with "…" so that it fits {@code width} at font size {@code size}; empty when nothing fits. */
	public static String fit(String text, double width, double size) {
		int fits = (int) Math.floor(width / (size * CHAR_WIDTH));
		int length = text.codePointCount(0, text.length());
		if (length <= fits) {
			return text;
		}
		if (fits < 2) {
			return "";
		}
		return text.substring(0, text.offsetByCodePoints(0, fits - 1)) + "…";
	}
}
