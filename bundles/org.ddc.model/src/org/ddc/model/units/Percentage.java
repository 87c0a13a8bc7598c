package org.ddc.model.units;

import java.math.BigDecimal;

/** A percentage, written with %. */
public final class Percentage extends Quantity {

	public Percentage(BigDecimal amount, Unit unit) {
		super(amount, unit);
	}

	/** Creates a value from a number and a unit of percentage. */
	public static Percentage of(double amount, Unit unit) {
		return new Percentage(BigDecimal.valueOf(amount).stripTrailingZeros(), unit);
	}

	/** Reads a literal such as "20 %"; used by EMF to create values from strings. */
	public static Percentage valueOf(String literal) {
		return parse(literal, Dimension.PERCENTAGE, Percentage::new);
	}

	@Override
	public Dimension dimension() {
		return Dimension.PERCENTAGE;
	}

	/** The value in percent. */
	public double percent() {
		return base();
	}
}
