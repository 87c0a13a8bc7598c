package org.ddc.report.write;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Safe, unique names made from the model's ids: anchors in HTML and Markdown, file names of CSV tables. Ids are meant
 * to be safe already ("a-1", "A-1"); these rules keep the output safe whatever an id holds.
 */
final class Names {
	private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]+");
	private static final Pattern WINDOWS_RESERVED = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");
	private static final int MAX_LENGTH = 100;

	private final Set<String> used = new HashSet<>();
	private final String fallback;

	/** @param fallback the name for an id with nothing usable in it ("table", "section") */
	Names(String fallback) {
		this.fallback = fallback;
	}

	/**
	 * The id with every run of characters other than ASCII letters, digits, '.', '_' and '-' as one '-', no leading
	 * '.' or '-', at most 100 characters, not a device name on Windows, and different from every name given before
	 * (ignoring case, as file systems may): "A-1", then "A-1-2".
	 */
	String of(String id) {
		String name = UNSAFE.matcher(id == null ? "" : id).replaceAll("-").replaceAll("^[.-]+", "")
				.replaceAll("[.-]+$", "");
		if (name.length() > MAX_LENGTH) {
			name = name.substring(0, MAX_LENGTH);
		}
		if (name.isEmpty()) {
			name = fallback;
		}
		if (WINDOWS_RESERVED.matcher(name).matches()) {
			name = name + "-" + fallback;
		}
		String unique = name;
		for (int n = 2; !used.add(unique.toLowerCase(Locale.ROOT)); n++) {
			unique = name + "-" + n;
		}
		return unique;
	}
}
