package org.ddc.dsl.fix;

import java.util.Comparator;
import java.util.List;

/**
 * A change of a document: replace {@code length} characters at {@code offset} by {@code text} (an insertion when
 * the length is 0). Offsets refer to the document before any edit of the same fix is applied.
 */
public record TextEdit(int offset, int length, String text) {

	public static TextEdit insert(int offset, String text) {
		return new TextEdit(offset, 0, text);
	}

	/** The end of the replaced range. */
	public int end() {
		return offset + length;
	}

	/** Applies non-overlapping edits of one fix to a text (from the end, so that offsets stay valid). */
	public static String apply(String text, List<TextEdit> edits) {
		StringBuilder result = new StringBuilder(text);
		edits.stream().sorted(Comparator.comparingInt(TextEdit::offset).reversed())
				.forEach(edit -> result.replace(edit.offset(), edit.end(), edit.text()));
		return result.toString();
	}
}
