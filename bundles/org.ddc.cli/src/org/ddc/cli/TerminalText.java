package org.ddc.cli;

import com.google.common.escape.CharEscaper;

/**
 * Text printed to a terminal: control characters (C0, DEL, C1 such as U+0085, so also CR, LF, ESC, BEL, NUL), format
 * characters (bidi overrides U+202A–U+202E and isolates U+2066–U+2069, zero-width characters) and the line and
 * paragraph separators U+2028/U+2029 are written as {@code \}{@code u001b} escapes, so names and file names cannot
 * move the cursor, recolour the terminal, reorder what is shown or split one finding over several lines.
 */
public final class TerminalText {
	private static final CharEscaper LINE = new UnicodeEscapes(false);
	private static final CharEscaper JSON = new UnicodeEscapes(true);

	private TerminalText() {
	}

	/** The text with every unsafe character escaped; safe text is returned as it is. */
	public static String escape(String text) {
		return text == null ? null : LINE.escape(text);
	}

	/**
	 * A JSON document from Gson with the unsafe characters Gson leaves as they are (C1 controls, bidi and other
	 * format characters) escaped too. Gson escapes line feeds inside strings, so a line feed is layout and kept; a
	 * {@code \}{@code uXXXX} escape inside a string stands for the same character, so the document's values do not
	 * change.
	 */
	public static String escapeJson(String json) {
		return JSON.escape(json);
	}

	private static final class UnicodeEscapes extends CharEscaper {
		private final boolean keepLineFeeds;

		UnicodeEscapes(boolean keepLineFeeds) {
			this.keepLineFeeds = keepLineFeeds;
		}

		@Override
		protected char[] escape(char c) {
			return needsEscape(c) && !(keepLineFeeds && c == '\n') ? String.format("\\u%04x", (int) c).toCharArray()
					: null;
		}
	}

	static boolean needsEscape(char c) {
		return switch (Character.getType(c)) {
			case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
			default -> false;
		};
	}
}
