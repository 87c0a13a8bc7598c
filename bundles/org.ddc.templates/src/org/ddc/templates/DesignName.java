package org.ddc.templates;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The name a user gives a new design: whether it can be used, and the prefix it gives the starter's element names
 * ("Contoso" → CONTOSO-WEB, CONTOSO-SW-A). The name becomes the design's name and, for {@code ddc new} without
 * {@code -o}, the name of the folder it is written to, so it must work as both.
 */
public final class DesignName {
	/** The longest name accepted (ddc shortens longer names in its messages). */
	public static final int MAX_LENGTH = 64;
	/** The longest prefix: long names give short prefixes. */
	static final int MAX_PREFIX = 12;
	/** The prefix for a name with no ASCII letter to make one from. */
	static final String FALLBACK_PREFIX = "DC";
	private static final String NOT_IN_FOLDER_NAMES = "/\\:*?\"<>|";

	private DesignName() {
	}

	/**
	 * Why the name cannot name a design, or empty when it can. Surrounding white space does not count (it is
	 * removed).
	 */
	public static Optional<String> problem(String name) {
		String stripped = name == null ? "" : name.strip();
		if (stripped.isEmpty()) {
			return Optional.of("the design name is empty");
		}
		if (stripped.codePointCount(0, stripped.length()) > MAX_LENGTH) {
			return Optional.of("the design name has " + stripped.codePointCount(0, stripped.length())
					+ " characters; use at most " + MAX_LENGTH);
		}
		for (int i = 0; i < stripped.length(); i++) {
			char c = stripped.charAt(i);
			if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
					|| Character.getType(c) == Character.LINE_SEPARATOR
					|| Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
				return Optional.of(String.format("the design name contains the control character U+%04X; use "
						+ "letters, digits, spaces and '-'", (int) c));
			}
			if (c == '.') {
				return Optional.of("the design name contains '.', which separates qualified names in ddc; use '-' "
						+ "instead");
			}
			if (NOT_IN_FOLDER_NAMES.indexOf(c) >= 0) {
				return Optional.of("the design name contains '" + c + "', which a folder name cannot hold on every "
						+ "system (the design is written to a folder of that name); use letters, digits, spaces "
						+ "and '-'");
			}
		}
		return Optional.empty();
	}

	/**
	 * The prefix of the starter's element names: the name's letters and digits in capitals (accents removed), words
	 * joined by '-', starting with a letter, at most {@value #MAX_PREFIX} characters (whole words where they fit);
	 * "DC" when the name has no ASCII letter.
	 */
	public static String prefix(String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		List<String> words = new ArrayList<>();
		for (String word : ascii.split("[^A-Za-z0-9]+")) {
			if (!word.isEmpty()) {
				words.add(word.toUpperCase(Locale.ROOT));
			}
		}
		// an identifier starts with a letter: digits before the first letter are left out
		while (!words.isEmpty() && !Character.isLetter(words.get(0).charAt(0))) {
			String rest = words.get(0).replaceFirst("^[0-9]+", "");
			if (rest.isEmpty()) {
				words.remove(0);
			} else {
				words.set(0, rest);
			}
		}
		if (words.isEmpty()) {
			return FALLBACK_PREFIX;
		}
		StringBuilder prefix = new StringBuilder(words.get(0));
		for (String word : words.subList(1, words.size())) {
			if (prefix.length() + 1 + word.length() > MAX_PREFIX) {
				break;
			}
			prefix.append('-').append(word);
		}
		return prefix.length() > MAX_PREFIX ? prefix.substring(0, MAX_PREFIX) : prefix.toString();
	}
}
