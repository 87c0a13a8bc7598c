package org.ddc.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How every message, report and hover writes a number: whole numbers with thousands separators ("2,048"), others
 * with one decimal ("12.5"); sizes from MB, rates from Mbps and power from W in the largest unit that keeps the
 * number at least 1 ("252 GB", "1.5 TB", "10 Gbps", "5.2 kW"); counts with their noun ("1 host", "3 hosts").
 */
public final class Quantities {
	private static final double KIB = 1024;

	private Quantities() {
	}

	/** "2,048", "12.5", "0.3"; rounded half up to one decimal, no decimal when whole. */
	public static String number(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return String.valueOf(value);
		}
		BigDecimal rounded = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
		DecimalFormat format = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.ROOT));
		return format.format(rounded.signum() == 0 ? BigDecimal.ZERO : rounded);
	}

	/** A size given in MB: "512 MB", "252 GB", "1.5 TB". */
	public static String size(double mb) {
		if (Math.abs(mb) >= KIB * KIB) {
			return number(mb / (KIB * KIB)) + " TB";
		}
		return Math.abs(mb) >= KIB ? number(mb / KIB) + " GB" : number(mb) + " MB";
	}

	/** A data rate given in Mbps: "800 Mbps", "12.5 Gbps". */
	public static String rate(double mbps) {
		return Math.abs(mbps) >= 1000 ? number(mbps / 1000) + " Gbps" : number(mbps) + " Mbps";
	}

	/** Power given in W: "750 W", "5.2 kW". */
	public static String power(double watts) {
		return Math.abs(watts) >= 1000 ? number(watts / 1000) + " kW" : number(watts) + " W";
	}

	/** "35 %". */
	public static String percent(double value) {
		return number(value) + " %";
	}

	/** "12,930 IOPS". */
	public static String iops(double value) {
		return number(Math.round(value)) + " IOPS";
	}

	/** "1 host", "3 hosts", "1,200 VMs": the noun's plural is the noun with "s". */
	public static String count(long n, String noun) {
		return count(n, noun, noun + "s");
	}

	/** "1 virtual processor", "64 virtual processors", with the plural given. */
	public static String count(long n, String singular, String plural) {
		return number(n) + " " + (n == 1 ? singular : plural);
	}
}
