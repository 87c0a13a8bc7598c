package org.ddc.dsl.fix;

import java.util.List;

/**
 * One way to resolve a finding, as an editor offers it: a label for the menu, the text edits to apply, and where
 * to leave the caret afterwards.
 *
 * @param caret the caret offset in the edited document, or {@link #NO_CARET} to leave it to the editor
 */
public record QuickFix(String label, List<TextEdit> edits, int caret) {
	public static final int NO_CARET = -1;

	public QuickFix(String label, List<TextEdit> edits) {
		this(label, edits, NO_CARET);
	}

	/** The text after the fix. */
	public String applyTo(String text) {
		return TextEdit.apply(text, edits);
	}
}
