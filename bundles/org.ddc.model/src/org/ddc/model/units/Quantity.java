package org.ddc.model.units;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number with a unit, as written in a design ("4 GB", "10 Gbps"). It keeps the unit that was written (for
 * printing) and compares by its value in the base unit of its dimension (so 1 GB equals 1024 MB).
 */
public abstract class Quantity implements Comparable<Quantity> {
	private static final Pattern LITERAL = Pattern.compile("(-?[0-9]+(?:\\.[0-9]+)?)\\s*(\\S*)");

	private final BigDecimal amount;
	private final Unit unit;

	protected Quantity(BigDecimal amount, Unit unit) {
		this.amount = Objects.requireNonNull(amount, "amount");
		this.unit = Objects.requireNonNull(unit, "unit");
		if (unit.dimension() != dimension()) {
			throw new QuantityFormatException(unit.symbol() + " is not a unit of " + dimension().label());
		}
	}

	/** The dimension this kind of quantity measures. */
	public abstract Dimension dimension();

	/** The number as written. */
	public BigDecimal amount() {
		return amount;
	}

	/** The unit as written. */
	public Unit unit() {
		return unit;
	}

	/** The value in the base unit of the dimension (MB, Mbps, GHz, W, %, minutes, IOPS, U). */
	public BigDecimal baseValue() {
		return amount.multiply(unit.factor(), MathContext.DECIMAL64);
	}

	/** {@link #baseValue()} as a double, for sizing arithmetic. */
	public double base() {
		return baseValue().doubleValue();
	}

	public boolean isPositive() {
		return amount.signum() > 0;
	}

	@Override
	public int compareTo(Quantity other) {
		return baseValue().compareTo(other.baseValue());
	}

	@Override
	public boolean equals(Object other) {
		return other != null && other.getClass() == getClass()
				&& baseValue().compareTo(((Quantity) other).baseValue()) == 0;
	}

	@Override
	public int hashCode() {
		return Objects.hash(getClass(), baseValue().stripTrailingZeros());
	}

	/** The literal as it would be written in a .ddc file, e.g. "4 GB" or "20 %". */
	@Override
	public String toString() {
		return amount.toPlainString() + " " + unit.symbol();
	}

	/** Creates a quantity of one concrete type from a number and a unit. */
	@FunctionalInterface
	protected interface Factory<Q extends Quantity> {
		Q create(BigDecimal amount, Unit unit);
	}

	/**
	 * Reads a literal such as "4 GB", "4GB" or "800 mbps" for the given dimension.
	 *
	 * @throws QuantityFormatException with a message that says what to write instead
	 */
	protected static <Q extends Quantity> Q parse(String text, Dimension dimension, Factory<Q> factory) {
		String literal = text == null ? "" : text.trim();
		Matcher matcher = LITERAL.matcher(literal);
		if (!matcher.matches()) {
			throw new QuantityFormatException("'" + literal + "' is not " + dimension.withArticle()
					+ ": write a number and a unit, e.g. '" + dimension.example() + "'");
		}
		String number = matcher.group(1);
		String unitText = matcher.group(2);
		if (unitText.isEmpty()) {
			throw new QuantityFormatException("missing unit after '" + number + "': write " + dimension.withArticle()
					+ " such as '" + dimension.example() + "' (" + Unit.describe(dimension) + ")");
		}
		Unit unit = Unit.lookup(unitText);
		if (unit == null) {
			throw new QuantityFormatException("unknown unit '" + unitText + "' for " + dimension.withArticle()
					+ ": use " + Unit.describe(dimension));
		}
		if (unit.dimension() != dimension) {
			throw new QuantityFormatException("'" + unitText + "' is a unit of " + unit.dimension().label()
					+ ", but " + dimension.withArticle() + " is expected here: use " + Unit.describe(dimension));
		}
		return factory.create(new BigDecimal(number), unit);
	}
}
