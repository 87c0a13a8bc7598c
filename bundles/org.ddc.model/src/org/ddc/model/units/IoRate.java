package org.ddc.model.units;

import java.math.BigDecimal;

/** Disk I/O operations per second, written with IOPS. */
public final class IoRate extends Quantity {

	public IoRate(BigDecimal amount, Unit unit) {
		super(amount, unit);
	}

	/** Creates a value from a number and a unit of I/O rate. */
	public static IoRate of(double amount, Unit unit) {
		return new IoRate(BigDecimal.valueOf(amount).stripTrailingZeros(), unit);
	}

	/** Reads a literal such as "750 IOPS"; used by EMF to create values from strings. */
	public static IoRate valueOf(String literal) {
		return parse(literal, Dimension.IO_RATE, IoRate::new);
	}

	@Override
	public Dimension dimension() {
		return Dimension.IO_RATE;
	}

	/** The value in I/O operations per second. */
	public double iops() {
		return base();
	}
}
