package org.ddc.dsl.fix;

/** Lines of a document text. */
final class Lines {
	private Lines() {
	}

	/** The offset at which the line holding {@code offset} starts. */
	static int start(String document, int offset) {
		return document.lastIndexOf('\n', offset - 1) + 1;
	}

	/** The spaces and tabs at the start of the line holding {@code offset}. */
	static String indent(String document, int offset) {
		int start = start(document, offset);
		int end = start;
		while (end < document.length() && (document.charAt(end) == ' ' || document.charAt(end) == '\t')) {
			end++;
		}
		return document.substring(start, end);
	}
}
