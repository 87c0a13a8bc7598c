package org.ddc.report.write;

/** Small text rules every writer shares. */
final class Texts {
	private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

	private Texts() {
	}

	/**
	 * The text with line breaks as {@code \n} and every other control character (C0 but tab and line feed, DEL, C1),
	 * every bidirectional embedding, override and isolate (U+202A–U+202E, U+2066–U+2069) and the line and paragraph
	 * separators as a visible {@code \u202e}-style escape, as the command line prints them: for formats read by
	 * people, where such a character would be invisible, break the page, or show a name reordered ("abc\u202egnp.exe"
	 * shown as "abcexe.png"). Right-to-left text itself needs none of them and shows as it is.
	 */
	static String visible(String text) {
		if (text == null) {
			return "";
		}
		String normalized = text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
		StringBuilder out = null;
		for (int i = 0; i < normalized.length(); i++) {
			char c = normalized.charAt(i);
			if (isControl(c) || isBidiControl(c) || c == '\u2028' || c == '\u2029') {
				if (out == null) {
					out = new StringBuilder(normalized.length() + 16).append(normalized, 0, i);
				}
				out.append(String.format("\\u%04x", (int) c));
			} else if (out != null) {
				out.append(c);
			}
		}
		return out == null ? normalized : out.toString();
	}

	/** A control character other than tab and line feed. */
	static boolean isControl(char c) {
		return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7f && c <= 0x9f);
	}

	/** A character that reorders the text after it: a bidirectional embedding, override or isolate. */
	static boolean isBidiControl(char c) {
		return (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
	}

	/** "¹", "¹²". */
	static String superscript(int n) {
		StringBuilder out = new StringBuilder();
		for (char digit : Integer.toString(n).toCharArray()) {
			out.append(SUPERSCRIPT_DIGITS.charAt(digit - '0'));
		}
		return out.toString();
	}
}
