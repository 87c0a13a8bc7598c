package org.ddc.ui.quickfix;

import java.util.Comparator;
import java.util.List;

import org.ddc.dsl.fix.QuickFix;
import org.ddc.dsl.fix.TextEdit;
import org.ddc.ui.editor.DdcEditor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;

/** A quick fix in the editor (Ctrl+1): applies the core's text edits as one undoable change; places the caret. */
public class FixProposal implements ICompletionProposal {
	private final DdcEditor editor;
	private final QuickFix fix;

	public FixProposal(DdcEditor editor, QuickFix fix) {
		this.editor = editor;
		this.fix = fix;
	}

	public QuickFix fix() {
		return fix;
	}

	@Override
	public void apply(IDocument document) {
		try {
			editor.compoundChange(() -> apply(document, fix.edits()));
		} catch (BadLocationException e) {
			// the text changed since the fix was computed: nothing applied
		}
	}

	/** Applies edits whose offsets refer to the text before any of them, from the last to the first. */
	static void apply(IDocument document, List<TextEdit> edits) throws BadLocationException {
		List<TextEdit> ordered = edits.stream().sorted(Comparator.comparingInt(TextEdit::offset).reversed()).toList();
		for (TextEdit edit : ordered) {
			document.replace(edit.offset(), edit.length(), edit.text());
		}
	}

	@Override
	public Point getSelection(IDocument document) {
		return fix.caret() != QuickFix.NO_CARET ? new Point(fix.caret(), 0) : null;
	}

	@Override
	public String getAdditionalProposalInfo() {
		return null;
	}

	@Override
	public String getDisplayString() {
		return fix.label();
	}

	@Override
	public Image getImage() {
		return null;
	}

	@Override
	public IContextInformation getContextInformation() {
		return null;
	}
}
