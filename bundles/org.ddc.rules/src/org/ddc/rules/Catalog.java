package org.ddc.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rule catalog: every planning-guide rule (IPD-…, seed 000, from {@code catalog/ipd-rules.tsv}) and every
 * product scale limit rule (LIM-…, {@code catalog/limit-rules.tsv}), ddc's own rules over the computed design
 * (RACK-…, SPOF-…, {@code catalog/design-rules.tsv}), with the reasons of the rules that are not
 * decidable from a design model ({@code catalog/not-implemented/*.tsv}, one file per step) and the place in the report
 * of the derivations and questions for people that the report implements ({@code catalog/report-derived.tsv}). Rule
 * classes carry only their ID.
 */
public final class Catalog {
	private static final String[] NOT_IMPLEMENTED = { "step0", "step1", "step2", "step3", "step4", "step5", "limits" };
	private static Catalog instance;

	private final Map<String, RuleInfo> rules;

	private Catalog(Map<String, RuleInfo> rules) {
		this.rules = Collections.unmodifiableMap(rules);
	}

	/** The catalog shipped with this bundle (loaded once). */
	public static synchronized Catalog load() {
		if (instance == null) {
			Map<String, String> reasons = new HashMap<>();
			for (String part : NOT_IMPLEMENTED) {
				for (String[] row : read("not-implemented/" + part + ".tsv")) {
					reasons.put(row[0], row[1]);
				}
			}
			Map<String, String> places = new HashMap<>();
			for (String[] row : read(REPORT_DERIVED)) {
				if (reasons.containsKey(row[0])) {
					throw new IllegalStateException(row[0] + " is both not implemented and implemented by the report");
				}
				places.put(row[0], row[3]);
			}
			Map<String, RuleInfo> rules = new LinkedHashMap<>();
			for (String[] row : read("ipd-rules.tsv")) {
				add(rules, row[0], row[1], row[2], "000", row[3], row[4], reasons, places);
			}
			for (String[] row : read("limit-rules.tsv")) {
				add(rules, row[0], row[1], row[2], row[3], row[4], row[5], reasons, places);
			}
			for (String[] row : read("design-rules.tsv")) {
				add(rules, row[0], row[1], row[2], row[3], row[4], row[5], reasons, places);
			}
			instance = new Catalog(rules);
		}
		return instance;
	}

	private static void add(Map<String, RuleInfo> rules, String id, String severity, String title, String seed,
			String line, String quote, Map<String, String> reasons, Map<String, String> places) {
		Citation citation = new Citation(seed, line.isBlank() ? 0 : Integer.parseInt(line.trim()), quote);
		rules.put(id, new RuleInfo(id, Severity.parse(severity), title, citation, reasons.get(id), places.get(id)));
	}

	/**
	 * The rules the report implements, as {@code catalog/report-derived.tsv} lists them: ID, the report section that
	 * carries it, a row label of a table in that section (empty for a checklist) and the place in words.
	 */
	public static List<String[]> reportDerived() {
		return read(REPORT_DERIVED);
	}

	private static final String REPORT_DERIVED = "report-derived.tsv";

	/** Rows of a tab-separated catalog file; lines starting with '#' are comments. */
	static List<String[]> read(String name) {
		List<String[]> rows = new ArrayList<>();
		try (InputStream in = Catalog.class.getResourceAsStream("/catalog/" + name)) {
			if (in == null) {
				throw new IllegalStateException("catalog file missing: " + name);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank() && !line.startsWith("#")) {
					rows.add(line.split("\t", -1));
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return rows;
	}

	/** Every catalogued rule, IPD rules in guide order, then limit rules, then ddc's own design rules. */
	public List<RuleInfo> all() {
		return List.copyOf(rules.values());
	}

	/** The entry of an ID, or null. */
	public RuleInfo get(String id) {
		return rules.get(id);
	}

	public boolean contains(String id) {
		return rules.containsKey(id);
	}
}
