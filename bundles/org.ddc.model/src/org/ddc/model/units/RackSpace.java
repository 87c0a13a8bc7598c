package org.ddc.model.units;

import java.math.BigDecimal;

/** Rack space in rack units (U). */
public final class RackSpace extends Quantity {

	public RackSpace(BigDecimal amount, Unit unit) {
		super(amount, unit);
	}

	/** Creates a value from a number and a unit of rack space. */
	public static RackSpace of(double amount, Unit unit) {
		return new RackSpace(BigDecimal.valueOf(amount).stripTrailingZeros(), unit);
	}

	/** Reads a literal such as "2 U"; used by EMF to create values from strings. */
	public static RackSpace valueOf(String literal) {
		return parse(literal, Dimension.RACK_SPACE, RackSpace::new);
	}

	@Override
	public Dimension dimension() {
		return Dimension.RACK_SPACE;
	}

	/** The value in rack units. */
	public double units() {
		return base();
	}
}
