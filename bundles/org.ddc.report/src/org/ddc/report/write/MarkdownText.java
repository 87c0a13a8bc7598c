package org.ddc.report.write;

/**
 * Text for GitHub-flavoured Markdown that renders as the text it is: characters Markdown would read as syntax
 * (emphasis, links, code, HTML, table pipes) are backslash-escaped, a leading character that would start a heading,
 * list or quote too, line breaks become {@code <br>}, and control and bidirectional-override characters are shown as
 * escapes ({@code \u202e}, see {@link Texts#visible}).
 */
final class MarkdownText {
	/** Emphasis, code, links (brackets: so no parenthesis can follow one), HTML, table pipes, entities, headings. */
	private static final String ESCAPED = "\\`*_[]<>|~&#";

	private MarkdownText() {
	}

	static String escape(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		String normalized = Texts.visible(text);
		StringBuilder out = new StringBuilder(normalized.length() + 8);
		if ("-+=".indexOf(normalized.charAt(0)) >= 0) {
			out.append('\\');
		}
		for (int i = 0; i < normalized.length(); i++) {
			char c = normalized.charAt(i);
			if (c == '\n') {
				out.append("<br>");
			} else if (ESCAPED.indexOf(c) >= 0) {
				out.append('\\').append(c);
			} else if (c == '.' && leadingNumber(normalized, i)) {
				out.append("\\.");
			} else {
				out.append(c);
			}
		}
		return out.toString();
	}

	/** The '.' at {@code dot} ends digits that begin the text, before a space or the end ("1. " starts a list). */
	private static boolean leadingNumber(String text, int dot) {
		if (dot == 0 || dot + 1 < text.length() && !Character.isWhitespace(text.charAt(dot + 1))) {
			return false;
		}
		for (int i = 0; i < dot; i++) {
			if (!Character.isDigit(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}
}
