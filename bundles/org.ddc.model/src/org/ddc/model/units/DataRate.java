package org.ddc.model.units;

import java.math.BigDecimal;

/** A data rate (throughput, link speed): Kbps, Mbps or Gbps. */
public final class DataRate extends Quantity {

	public DataRate(BigDecimal amount, Unit unit) {
		super(amount, unit);
	}

	/** Creates a value from a number and a unit of data rate. */
	public static DataRate of(double amount, Unit unit) {
		return new DataRate(BigDecimal.valueOf(amount).stripTrailingZeros(), unit);
	}

	/** Reads a literal such as "10 Gbps"; used by EMF to create values from strings. */
	public static DataRate valueOf(String literal) {
		return parse(literal, Dimension.DATA_RATE, DataRate::new);
	}

	@Override
	public Dimension dimension() {
		return Dimension.DATA_RATE;
	}

	/** The value in megabits per second. */
	public double mbps() {
		return base();
	}
}
