package org.ddc.model.units;

import java.math.BigDecimal;

/** A data size (memory, disk space, I/O size): KB, MB, GB or TB. */
public final class DataSize extends Quantity {

	public DataSize(BigDecimal amount, Unit unit) {
		super(amount, unit);
	}

	/** Creates a value from a number and a unit of data size. */
	public static DataSize of(double amount, Unit unit) {
		return new DataSize(BigDecimal.valueOf(amount).stripTrailingZeros(), unit);
	}

	/** Reads a literal such as "4 GB"; used by EMF to create values from strings. */
	public static DataSize valueOf(String literal) {
		return parse(literal, Dimension.DATA_SIZE, DataSize::new);
	}

	@Override
	public Dimension dimension() {
		return Dimension.DATA_SIZE;
	}

	/** The value in megabytes (1 GB = 1024 MB). */
	public double megabytes() {
		return base();
	}

	/** The value in kilobytes (1 MB = 1024 KB). */
	public double kilobytes() {
		return base() * 1024;
	}
}
