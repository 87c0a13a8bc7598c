package org.ddc.report.write;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Worksheet names Excel accepts: at most 31 characters, none of {@code \ / ? * [ ] :}, no apostrophe at either end,
 * not "History" (Excel keeps it for itself), unique in the workbook ignoring case; "A-1", then "A-1 (2)".
 */
final class SheetNames {
	static final int MAX_LENGTH = 31;
	private static final String ILLEGAL = "\\/?*[]:";

	private final Set<String> used = new HashSet<>();

	String of(String wanted) {
		String name = clean(wanted == null ? "" : wanted);
		if (name.isEmpty() || name.equalsIgnoreCase("History")) {
			name = (name + " table").strip();
		}
		String unique = name;
		for (int n = 2; !used.add(unique.toLowerCase(Locale.ROOT)); n++) {
			String suffix = " (" + n + ")";
			unique = cut(name, MAX_LENGTH - suffix.length()) + suffix;
		}
		return unique;
	}

	private static String clean(String wanted) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < wanted.length(); i++) {
			char c = wanted.charAt(i);
			out.append(ILLEGAL.indexOf(c) >= 0 || Character.isISOControl(c) ? '-' : c);
		}
		String name = out.toString().strip();
		while (name.startsWith("'")) {
			name = name.substring(1);
		}
		name = cut(name, MAX_LENGTH);
		while (name.endsWith("'")) {
			name = name.substring(0, name.length() - 1);
		}
		return name.strip();
	}

	/** At most {@code length} characters, not splitting a surrogate pair. */
	private static String cut(String text, int length) {
		if (text.length() <= length) {
			return text;
		}
		int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
		return text.substring(0, end);
	}
}
