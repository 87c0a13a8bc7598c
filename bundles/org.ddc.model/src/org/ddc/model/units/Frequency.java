package org.ddc.model.units;

import java.math.BigDecimal;

/** A clock frequency: MHz or GHz. */
public final class Frequency extends Quantity {

	public Frequency(BigDecimal amount, Unit unit) {
		super(amount, unit);
	}

	/** Creates a value from a number and a unit of frequency. */
	public static Frequency of(double amount, Unit unit) {
		return new Frequency(BigDecimal.valueOf(amount).stripTrailingZeros(), unit);
	}

	/** Reads a literal such as "2.6 GHz"; used by EMF to create values from strings. */
	public static Frequency valueOf(String literal) {
		return parse(literal, Dimension.FREQUENCY, Frequency::new);
	}

	@Override
	public Dimension dimension() {
		return Dimension.FREQUENCY;
	}

	/** The value in gigahertz. */
	public double gigahertz() {
		return base();
	}
}
