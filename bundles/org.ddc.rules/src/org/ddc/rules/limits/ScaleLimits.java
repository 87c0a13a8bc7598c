package org.ddc.rules.limits;

import org.ddc.analysis.Quantities;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ddc.analysis.placement.Host;
import org.ddc.analysis.sizing.HostLimits;
import org.ddc.model.PlatformVersion;
import org.ddc.rules.Citation;

/**
 * Product scale limits per Hyper-V version, each citing the seed and line that states it
 * ({@code catalog/limits.tsv}). Where a version's value is not stated in the seeds the catalog says so and
 * {@link #value} returns null: rules then skip the check rather than invent a number. System Center limits (VMM,
 * Operations Manager) hold whatever the Hyper-V version: their rows have the platform "any" and are read with
 * {@link #get(String)}. Where another seed states a different value, the row records it and {@link Limit#describe}
 * says so.
 */
public final class ScaleLimits {

	/**
	 * One limit for one platform.
	 *
	 * @param platform the Hyper-V version, or null for a limit that holds on every version (platform "any")
	 * @param value the maximum, or null when the seeds do not state it for this version
	 * @param unit what the value counts, e.g. "logical processors", "GB"
	 * @param note the quote of the cited line, or a note where the seeds state no value
	 * @param disagreement what another seed states instead, e.g. "seed 004 L10 states 32"; empty when none does
	 */
	public record Limit(String key, PlatformVersion platform, Double value, String unit, Citation citation,
			String note, String disagreement) {

		/**
		 * "320 logical processors (seed 001 L188)", "64 logical processors (seed 001 L188; seed 004 L10 states 32)"
		 * or "not stated in the seeds for hyperv-2012".
		 */
		public String describe() {
			return value == null ? "not stated in the seeds for " + platform.getLiteral()
					: Quantities.number(value) + " " + unit + " (" + citation.inline()
							+ (disagreement.isEmpty() ? "" : "; " + disagreement) + ")";
		}
	}

	/** The platform column of a limit that holds on every Hyper-V version. */
	public static final String ANY_PLATFORM = "any";

	private final Map<String, Limit> limits;

	private ScaleLimits(Map<String, Limit> limits) {
		this.limits = limits;
	}

	/**
	 * Loads {@code catalog/limits.tsv}: key, platform (or "any"), value or "n/s", unit, seed, line, quote or note,
	 * and optionally what another seed states instead.
	 */
	public static ScaleLimits load() {
		Map<String, Limit> limits = new HashMap<>();
		for (String[] row : LimitRows.read()) {
			PlatformVersion platform = row[1].equals(ANY_PLATFORM) ? null : PlatformVersion.get(row[1]);
			if (platform == null && !row[1].equals(ANY_PLATFORM)) {
				throw new IllegalStateException("limits.tsv: unknown platform " + row[1] + " for " + row[0]);
			}
			Double value = row[2].equals("n/s") ? null : Double.valueOf(row[2]);
			Citation citation = new Citation(row[4], row[5].isBlank() ? 0 : Integer.parseInt(row[5]), row[6]);
			String disagreement = row.length > 7 ? row[7].strip() : "";
			limits.put(row[0] + "@" + row[1],
					new Limit(row[0], platform, value, row[3], citation, row[6], disagreement));
		}
		return new ScaleLimits(limits);
	}

	/** The limit of a key for a platform, or null when the catalog has no row for it. */
	public Limit get(String key, PlatformVersion platform) {
		return platform == null ? null : limits.get(key + "@" + platform.getLiteral());
	}

	/**
	 * A limit that holds on every platform (a System Center limit, platform "any").
	 *
	 * @throws IllegalStateException when the catalog has no such row: the rules that read these limits cannot run
	 *             without them, so a missing row is a packaging error, not a design problem
	 */
	public Limit get(String key) {
		Limit limit = limits.get(key + "@" + ANY_PLATFORM);
		if (limit == null || limit.value() == null) {
			throw new IllegalStateException("catalog/limits.tsv has no value for " + key + " on platform any");
		}
		return limit;
	}

	/** The numeric maximum, or null when unknown (no platform, no row, or not stated for that version). */
	public Double value(String key, PlatformVersion platform) {
		Limit limit = get(key, platform);
		return limit == null ? null : limit.value();
	}

	/** Keys of the per-host maxima that placement respects. */
	public static final String HOST_RUNNING_VMS = "host.runningVms";
	public static final String HOST_VIRTUAL_PROCESSORS = "host.vcpus";

	/**
	 * The per-host maxima of a platform as the analysis takes them: running VMs and virtual processors per host, each
	 * unlimited when there is no platform or the seeds state no value for it.
	 */
	public HostLimits hostLimits(PlatformVersion platform) {
		return new HostLimits(count(value(HOST_RUNNING_VMS, platform)), count(value(HOST_VIRTUAL_PROCESSORS, platform)));
	}

	private static int count(Double value) {
		return value == null || value >= Host.UNLIMITED ? Host.UNLIMITED : (int) Math.floor(value);
	}

	/** Every limit row. */
	public List<Limit> all() {
		return List.copyOf(limits.values());
	}


	private static final class LimitRows {
		static List<String[]> read() {
			return org.ddc.rules.CatalogAccess.read("limits.tsv");
		}
	}
}
