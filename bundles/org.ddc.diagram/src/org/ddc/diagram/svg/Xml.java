package org.ddc.diagram.svg;

/** Text made safe for XML 1.0 text and attribute values. */
final class Xml {

	private Xml() {
	}

	/**
	 * The text escaped for an element's content or a double-quoted attribute: markup characters as entities, and the
	 * characters XML 1.0 cannot carry at all (controls other than tab, line feed and carriage return, lone surrogates,
	 * U+FFFE and U+FFFF) as U+FFFD, so that a name with them still gives a well-formed file.
	 */
	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '&' -> out.append("&amp;");
			case '"' -> out.append("&quot;");
			case '\'' -> out.append("&apos;");
			case '\t', '\n', '\r' -> out.append("&#").append((int) c).append(';');
			default -> {
				if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					out.append(c).append(text.charAt(++i));
				} else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
					out.append('\uFFFD');
				} else {
					out.append(c);
				}
			}
			}
		}
		return out.toString();
	}

	/** A number as SVG attributes take it: at most one decimal, no exponent, no trailing ".0", "-0" as "0". */
	static String number(double value) {
		long tenths = Math.round(value * 10);
		if (tenths == 0) {
			return "0";
		}
		String sign = tenths < 0 ? "-" : "";
		long abs = Math.abs(tenths);
		return abs % 10 == 0 ? sign + abs / 10 : sign + abs / 10 + "." + abs % 10;
	}

	/** An {@code id} attribute value from any text: letters, digits, '-' and '.' kept, anything else as {@code _hex_}. */
	static String id(String text) {
		StringBuilder out = new StringBuilder("d-");
		text.codePoints().forEach(cp -> {
			if (cp < 128 && (Character.isLetterOrDigit(cp) || cp == '-' || cp == '.')) {
				out.append((char) cp);
			} else {
				out.append('_').append(Integer.toHexString(cp)).append('_');
			}
		});
		return out.toString();
	}
}
