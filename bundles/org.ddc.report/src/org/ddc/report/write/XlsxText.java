package org.ddc.report.write;

/**
 * Text as a spreadsheet cell holds it. XML cannot carry control characters, so, as Excel does, they are written as
 * {@code _xHHHH_} (a carriage return too, which XML would turn into a line feed), and an underscore that would
 * otherwise read as the start of such an escape is itself escaped ({@code _x005F_}); POI and Excel decode both, so
 * the cell reads back as the text given. Cells hold at most 32,767 characters: longer text is cut with a note.
 */
final class XlsxText {
	static final int MAX_LENGTH = 32_767;
	private static final String CUT = "… (cut: %,d characters in all; the CSV has the whole text)";

	private XlsxText() {
	}

	static String cell(String text) {
		String encoded = encode(text);
		if (encoded.length() <= MAX_LENGTH) {
			return encoded;
		}
		String note = String.format(java.util.Locale.ROOT, CUT, text.length());
		int room = MAX_LENGTH - note.length();
		int keep = room;
		String cut = encode(text.substring(0, keep));
		while (cut.length() > room || Character.isHighSurrogate(text.charAt(keep - 1))) {
			keep -= Math.max(1, cut.length() - room);
			cut = encode(text.substring(0, keep));
		}
		return cut + note;
	}

	static String encode(String text) {
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			String escape = null;
			if (c == '_' && looksEscaped(text, i)) {
				escape = "_x005F_";
			} else if ((c < 0x20 && c != '\t' && c != '\n') || c == 0xfffe || c == 0xffff || loneSurrogate(text, i)) {
				escape = String.format("_x%04X_", (int) c);
			}
			if (escape != null && out == null) {
				out = new StringBuilder(text.length() + 16).append(text, 0, i);
			}
			if (out != null) {
				if (escape != null) {
					out.append(escape);
				} else {
					out.append(c);
				}
			}
		}
		return out == null ? text : out.toString();
	}

	/** "_x" four hex digits "_" starts at {@code i}. */
	private static boolean looksEscaped(String text, int i) {
		if (i + 7 > text.length() || text.charAt(i + 1) != 'x' || text.charAt(i + 6) != '_') {
			return false;
		}
		for (int k = i + 2; k < i + 6; k++) {
			if (Character.digit(text.charAt(k), 16) < 0) {
				return false;
			}
		}
		return true;
	}

	private static boolean loneSurrogate(String text, int i) {
		char c = text.charAt(i);
		if (Character.isHighSurrogate(c)) {
			return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
		}
		if (Character.isLowSurrogate(c)) {
			return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
		}
		return false;
	}
}
