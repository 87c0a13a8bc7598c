package org.ddc.ui.assist;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension2;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension6;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;

/**
 * One proposal of Xtext's IDE content assist in the editor: replaces the prefix typed before the caret by the
 * proposal; shows its label with its description (kind of element and file, unit of what, keyword of what).
 */
public class EntryProposal implements ICompletionProposal, ICompletionProposalExtension2, ICompletionProposalExtension6 {
	private final ContentAssistEntry entry;
	/** Where the replaced prefix starts. */
	private final int start;
	private final int prefixLength;
	private int caret = -1;

	public EntryProposal(ContentAssistEntry entry, int offset) {
		this.entry = entry;
		this.prefixLength = entry.getPrefix() != null ? entry.getPrefix().length() : 0;
		this.start = offset - prefixLength;
	}

	public ContentAssistEntry entry() {
		return entry;
	}

	/** The text inserted. */
	public String proposal() {
		return entry.getProposal();
	}

	public String description() {
		return entry.getDescription();
	}

	/** What the proposal is: keyword, enum value, unit, reference (Xtext's {@code ContentAssistEntry.KIND_*}). */
	public String kind() {
		return entry.getKind();
	}

	@Override
	public void apply(IDocument document) {
		apply(document, start + prefixLength);
	}

	private void apply(IDocument document, int offset) {
		try {
			document.replace(start, offset - start, entry.getProposal());
			caret = start + entry.getProposal().length();
		} catch (BadLocationException e) {
			// the text changed under the popup: nothing to insert
		}
	}

	@Override
	public void apply(ITextViewer viewer, char trigger, int stateMask, int offset) {
		apply(viewer.getDocument(), offset);
	}

	@Override
	public Point getSelection(IDocument document) {
		return caret >= 0 ? new Point(caret, 0) : null;
	}

	@Override
	public String getAdditionalProposalInfo() {
		return entry.getDocumentation();
	}

	@Override
	public String getDisplayString() {
		return getStyledDisplayString().getString();
	}

	@Override
	public StyledString getStyledDisplayString() {
		String label = entry.getLabel() != null ? entry.getLabel() : entry.getProposal();
		StyledString styled = new StyledString(label);
		if (entry.getDescription() != null && !entry.getDescription().isEmpty()) {
			styled.append(" – " + entry.getDescription(), StyledString.QUALIFIER_STYLER);
		}
		return styled;
	}

	@Override
	public Image getImage() {
		return null;
	}

	@Override
	public IContextInformation getContextInformation() {
		return null;
	}

	@Override
	public void selected(ITextViewer viewer, boolean smartToggle) {
	}

	@Override
	public void unselected(ITextViewer viewer) {
	}

	/** Typing on with the popup open keeps the proposals that still start with what is typed. */
	@Override
	public boolean validate(IDocument document, int offset, DocumentEvent event) {
		if (offset < start) {
			return false;
		}
		try {
			String typed = document.get(start, offset - start);
			return entry.getProposal().regionMatches(true, 0, typed, 0, typed.length());
		} catch (BadLocationException e) {
			return false;
		}
	}
}
