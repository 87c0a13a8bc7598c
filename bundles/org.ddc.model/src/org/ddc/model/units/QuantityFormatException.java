package org.ddc.model.units;

/** A quantity literal that cannot be read: a bad number, a missing unit or a unit of the wrong dimension. */
public class QuantityFormatException extends IllegalArgumentException {
	private static final long serialVersionUID = 1L;

	public QuantityFormatException(String message) {
		super(message);
	}
}
