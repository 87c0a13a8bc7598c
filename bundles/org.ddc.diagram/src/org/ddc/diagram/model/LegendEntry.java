package org.ddc.diagram.model;

/**
 * One entry of a diagram's legend.
 *
 * @param label  what it means
 * @param colour its colour {@code #rrggbb}
 * @param kind   how it is drawn
 */
public record LegendEntry(String label, String colour, Kind kind) {

	/** How the legend draws an entry. */
	public enum Kind {
		/** A filled square (a role). */
		FILL,
		/** A line (a subnet, a fabric). */
		LINE,
		/** A dashed line. */
		DASHED_LINE,
		/** An outline (an overlay: error, warning, single point of failure, failed). */
		OUTLINE
	}

	/** The legend entry of a role. */
	public static LegendEntry of(Role role) {
		return new LegendEntry(role.label(), role.fill(), Kind.FILL);
	}
}
