package org.ddc.model.units;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Units accepted in .ddc files. Each unit converts to the base unit of its dimension by a factor:
 * MB for data sizes (binary: 1 GB = 1024 MB, 1 MB = 1024 KB), Mbps for data rates (decimal: 1 Gbps = 1000 Mbps),
 * GHz, W, %, minutes, IOPS and U.
 */
public enum Unit {
	KB(Dimension.DATA_SIZE, "KB", "0.0009765625", true),
	MB(Dimension.DATA_SIZE, "MB", "1", true),
	GB(Dimension.DATA_SIZE, "GB", "1024", true),
	TB(Dimension.DATA_SIZE, "TB", "1048576", true),
	KBPS(Dimension.DATA_RATE, "Kbps", "0.001", false),
	MBPS(Dimension.DATA_RATE, "Mbps", "1", false),
	GBPS(Dimension.DATA_RATE, "Gbps", "1000", false),
	MHZ(Dimension.FREQUENCY, "MHz", "0.001", false),
	GHZ(Dimension.FREQUENCY, "GHz", "1", false),
	W(Dimension.POWER, "W", "1", false),
	KW(Dimension.POWER, "kW", "1000", false),
	PERCENT(Dimension.PERCENTAGE, "%", "1", false),
	SECONDS(Dimension.DURATION, "s", "0.016666666666666666", false),
	MINUTES(Dimension.DURATION, "min", "1", false),
	HOURS(Dimension.DURATION, "h", "60", false),
	DAYS(Dimension.DURATION, "d", "1440", false),
	IOPS(Dimension.IO_RATE, "IOPS", "1", false),
	U(Dimension.RACK_SPACE, "U", "1", true);

	private final Dimension dimension;
	private final String symbol;
	private final BigDecimal factor;
	private final boolean caseSensitive;

	Unit(Dimension dimension, String symbol, String factor, boolean caseSensitive) {
		this.dimension = dimension;
		this.symbol = symbol;
		this.factor = new BigDecimal(factor);
		this.caseSensitive = caseSensitive;
	}

	public Dimension dimension() {
		return dimension;
	}

	/** The canonical spelling, e.g. "GB". */
	public String symbol() {
		return symbol;
	}

	/** How many base units one of this unit is. */
	public BigDecimal factor() {
		return factor;
	}

	/**
	 * Finds a unit by its spelling. Data sizes are case-sensitive (MB is not Mb); rates, clock, power and
	 * durations also accept lower or upper case ("800 mbps" as in the planning guide).
	 */
	public static Unit lookup(String text) {
		for (Unit unit : values()) {
			if (unit.caseSensitive ? unit.symbol.equals(text) : unit.symbol.equalsIgnoreCase(text)) {
				return unit;
			}
		}
		return null;
	}

	/** All units of a dimension, in declaration (ascending) order. */
	public static List<Unit> of(Dimension dimension) {
		List<Unit> units = new ArrayList<>();
		for (Unit unit : values()) {
			if (unit.dimension == dimension) {
				units.add(unit);
			}
		}
		return units;
	}

	/** "KB, MB, GB or TB". */
	public static String describe(Dimension dimension) {
		List<Unit> units = of(dimension);
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < units.size(); i++) {
			if (i > 0) {
				text.append(i == units.size() - 1 ? " or " : ", ");
			}
			text.append(units.get(i).symbol);
		}
		return text.toString();
	}

	@Override
	public String toString() {
		return symbol;
	}
}
