package org.ddc.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;

/**
 * Toggle comment (Ctrl+/): comments the selected lines out with "// " at their common indentation, or, when every
 * non-blank selected line is a line comment, removes the comment marks.
 */
public final class ToggleComment {
	private ToggleComment() {
	}

	/** Applies the toggle to the document and returns the text of the changed lines region length. */
	public static void toggle(IDocument document, ITextSelection selection) throws BadLocationException {
		int first = selection.getStartLine();
		int last = selection.getEndLine();
		if (last > first && selection.getOffset() + selection.getLength() == document.getLineOffset(last)) {
			last--; // a selection ending at the start of a line does not include that line
		}
		boolean allCommented = true;
		int indent = Integer.MAX_VALUE;
		for (int line = first; line <= last; line++) {
			String text = lineText(document, line);
			if (text.isBlank()) {
				continue;
			}
			String stripped = text.stripLeading();
			indent = Math.min(indent, text.length() - stripped.length());
			allCommented &= stripped.startsWith("//");
		}
		if (indent == Integer.MAX_VALUE) {
			return;
		}
		for (int line = last; line >= first; line--) {
			String text = lineText(document, line);
			if (text.isBlank()) {
				continue;
			}
			int offset = document.getLineOffset(line);
			if (allCommented) {
				int at = text.indexOf("//");
				int length = text.startsWith("// ", at) ? 3 : 2;
				document.replace(offset + at, length, "");
			} else {
				document.replace(offset + indent, 0, "// ");
			}
		}
	}

	private static String lineText(IDocument document, int line) throws BadLocationException {
		IRegion region = document.getLineInformation(line);
		return document.get(region.getOffset(), region.getLength());
	}
}
