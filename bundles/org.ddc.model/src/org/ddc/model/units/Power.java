package org.ddc.model.units;

import java.math.BigDecimal;

/** Electrical power: W or kW. */
public final class Power extends Quantity {

	public Power(BigDecimal amount, Unit unit) {
		super(amount, unit);
	}

	/** Creates a value from a number and a unit of power. */
	public static Power of(double amount, Unit unit) {
		return new Power(BigDecimal.valueOf(amount).stripTrailingZeros(), unit);
	}

	/** Reads a literal such as "750 W"; used by EMF to create values from strings. */
	public static Power valueOf(String literal) {
		return parse(literal, Dimension.POWER, Power::new);
	}

	@Override
	public Dimension dimension() {
		return Dimension.POWER;
	}

	/** The value in watts. */
	public double watts() {
		return base();
	}
}
