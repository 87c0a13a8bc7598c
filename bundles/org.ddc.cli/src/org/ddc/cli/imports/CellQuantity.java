package org.ddc.cli.imports;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ddc.model.units.Dimension;
import org.ddc.model.units.Unit;

/**
 * Reads a quantity from a cell, normalising the units tables use ("2 GB", "1.2 terabytes", "800 mbps", "4 Gbps", "8%",
 * a bare IOps count; the guide's own samples mix them, section B) to ddc's units. A number without a unit takes the
 * unit its label names ("Memory (GB)"); only IOps may be a bare number.
 */
final class CellQuantity {
	/** A number (thousands may be grouped with ',': "20,000") and what follows it. */
	private static final Pattern NUMBER = Pattern
			.compile("([+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|[+-]?\\.\\d+)\\s*([^\\d,.\\s].*)?");
	/** Other spellings of ddc's units, in lower case. */
	private static final Map<String, Unit> WORDS = Map.ofEntries(Map.entry("kb", Unit.KB), Map.entry("kib", Unit.KB),
			Map.entry("kilobyte", Unit.KB), Map.entry("kilobytes", Unit.KB), Map.entry("mb", Unit.MB),
			Map.entry("mib", Unit.MB), Map.entry("megabyte", Unit.MB), Map.entry("megabytes", Unit.MB),
			Map.entry("gb", Unit.GB), Map.entry("gib", Unit.GB), Map.entry("gigabyte", Unit.GB),
			Map.entry("gigabytes", Unit.GB), Map.entry("tb", Unit.TB), Map.entry("tib", Unit.TB),
			Map.entry("terabyte", Unit.TB), Map.entry("terabytes", Unit.TB), Map.entry("kbps", Unit.KBPS),
			Map.entry("kbit/s", Unit.KBPS), Map.entry("mbps", Unit.MBPS), Map.entry("mbit/s", Unit.MBPS),
			Map.entry("gbps", Unit.GBPS), Map.entry("gbit/s", Unit.GBPS), Map.entry("%", Unit.PERCENT),
			Map.entry("percent", Unit.PERCENT), Map.entry("iops", Unit.IOPS), Map.entry("io/s", Unit.IOPS));

	/** A quantity read from a cell: its number as written and ddc's unit. */
	record Value(BigDecimal amount, Unit unit) {
	}

	private CellQuantity() {
	}

	/** The unit a label or cell names, or null when it names none of ddc's (or its other spellings). */
	static Unit unit(String text) {
		return text == null ? null : WORDS.get(text.strip().toLowerCase(Locale.ROOT));
	}

	/**
	 * The quantity of a cell.
	 *
	 * @param labelUnit the unit the row's label names (may be null)
	 * @throws IllegalArgumentException with the message for the user
	 */
	static Value of(SheetCell cell, Dimension dimension, Unit labelUnit) {
		if (cell.number() != null) {
			if (cell.percent() && dimension == Dimension.PERCENTAGE) {
				return checked(cell.number().movePointRight(2), Unit.PERCENT);
			}
			return checked(cell.number(), bareUnit(cell.text(), dimension, labelUnit));
		}
		Matcher matcher = NUMBER.matcher(cell.text());
		if (!matcher.matches()) {
			throw new IllegalArgumentException("'" + cell.text() + "' is not " + dimension.withArticle()
					+ ": write a number and a unit, e.g. '" + dimension.example() + "'"
					+ (cell.text().matches("\\d+,\\d{1,2}(\\D.*)?") ? " (with '.' as the decimal point)" : ""));
		}
		BigDecimal amount = new BigDecimal(matcher.group(1).replace(",", ""));
		String unitText = matcher.group(2) == null ? "" : matcher.group(2).strip();
		if (unitText.isEmpty()) {
			return checked(amount, bareUnit(cell.text(), dimension, labelUnit));
		}
		Unit unit = unit(unitText);
		if (unit == null || unit.dimension() != dimension) {
			throw new IllegalArgumentException("'" + unitText + "' is not a unit of " + dimension.label() + ": use "
					+ Unit.describe(dimension));
		}
		return checked(amount, unit);
	}

	/** The unit of a number written without one: the label's, or IOPS for a count of I/O operations. */
	private static Unit bareUnit(String text, Dimension dimension, Unit labelUnit) {
		if (labelUnit != null && labelUnit.dimension() == dimension) {
			return labelUnit;
		}
		if (dimension == Dimension.IO_RATE) {
			return Unit.IOPS;
		}
		throw new IllegalArgumentException("'" + text + "' has no unit: write " + dimension.withArticle() + " such as '"
				+ dimension.example() + "' (" + Unit.describe(dimension) + "), or name the unit in the label, e.g. '"
				+ "Memory (GB)'");
	}

	private static Value checked(BigDecimal amount, Unit unit) {
		if (amount.signum() < 0) {
			throw new IllegalArgumentException("'" + amount.toPlainString() + " " + unit.symbol()
					+ "' is negative: a workload's demand is zero or more");
		}
		return new Value(rounded(amount), unit);
	}

	/**
	 * A figure to 12 significant digits, trailing zeros removed: spreadsheets store numbers as binary fractions, so
	 * 3 × 0.1 GB comes back as 0.30000000000000004 and a third of it should be 0.1 again.
	 */
	static BigDecimal rounded(BigDecimal amount) {
		BigDecimal value = amount.round(SIGNIFICANT).stripTrailingZeros();
		return value.scale() < 0 ? value.setScale(0) : value;
	}

	private static final java.math.MathContext SIGNIFICANT = new java.math.MathContext(12);
}
