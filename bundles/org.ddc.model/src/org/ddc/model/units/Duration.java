package org.ddc.model.units;

import java.math.BigDecimal;

/** A duration (RPO, RTO): s, min, h or d. */
public final class Duration extends Quantity {

	public Duration(BigDecimal amount, Unit unit) {
		super(amount, unit);
	}

	/** Creates a value from a number and a unit of duration. */
	public static Duration of(double amount, Unit unit) {
		return new Duration(BigDecimal.valueOf(amount).stripTrailingZeros(), unit);
	}

	/** Reads a literal such as "4 h"; used by EMF to create values from strings. */
	public static Duration valueOf(String literal) {
		return parse(literal, Dimension.DURATION, Duration::new);
	}

	@Override
	public Dimension dimension() {
		return Dimension.DURATION;
	}

	/** The value in minutes. */
	public double minutes() {
		return base();
	}
}
