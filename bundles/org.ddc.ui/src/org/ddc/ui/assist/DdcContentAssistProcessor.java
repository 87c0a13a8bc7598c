package org.ddc.ui.assist;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ddc.ui.design.LiveDesign;
import org.ddc.ui.editor.DdcEditor;
import org.ddc.ui.templates.DdcTemplates;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ContentAssistEvent;
import org.eclipse.jface.text.contentassist.ICompletionListener;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;

/**
 * Ctrl+Space in the .ddc editor: keywords valid at the caret, values of enumerations, the units that fit a
 * quantity, names declared in any file of the design, and templates where a top-level element may start. Typing a
 * space or a comma pops it up by itself, then with values only (units, enumeration values, names), never keywords.
 */
public class DdcContentAssistProcessor implements IContentAssistProcessor, ICompletionListener {
	/** Characters that open content assist by themselves. */
	static final char[] AUTO_ACTIVATION = { ' ', ',' };
	/** What auto-activation proposes: values, not keywords. */
	private static final Set<String> VALUE_KINDS = Set.of(ContentAssistEntry.KIND_ENUM, ContentAssistEntry.KIND_UNIT,
			ContentAssistEntry.KIND_REFERENCE);

	private final DdcEditor editor;
	private volatile boolean autoActivated;
	private volatile String errorMessage;

	public DdcContentAssistProcessor(DdcEditor editor) {
		this.editor = editor;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		return proposals(offset, autoActivated).toArray(ICompletionProposal[]::new);
	}

	/**
	 * The proposals at an offset of the editor's document; {@code valuesOnly} as when auto-activated. Runs on any
	 * thread (the content assistant computes asynchronously); reads the live design under its lock.
	 */
	public List<ICompletionProposal> proposals(int offset, boolean valuesOnly) {
		List<ICompletionProposal> proposals = new ArrayList<>();
		LiveDesign design = editor.liveDesign();
		Path file = editor.filePath();
		if (design == null || file == null) {
			errorMessage = "content assist needs a file in a project";
			return proposals;
		}
		DesignProposals.Result result;
		try {
			result = design.read(file,
					resource -> DesignProposals.of(editor.injector()).at(resource, offset, () -> false));
		} catch (RuntimeException e) {
			// the parser could not make sense of the text at the caret: no proposals rather than an error
			errorMessage = "no proposals here";
			return proposals;
		}
		if (result == null) {
			return proposals;
		}
		for (ContentAssistEntry entry : result.entries()) {
			if (!valuesOnly || VALUE_KINDS.contains(entry.getKind())) {
				proposals.add(new EntryProposal(entry, offset));
			}
		}
		if (result.topLevel() && !valuesOnly && editor.document() != null) {
			proposals.addAll(0, DdcTemplates.get().proposals(editor.document(), offset, wordBefore(offset)));
		}
		errorMessage = proposals.isEmpty() ? "nothing to propose here" : null;
		return proposals;
	}

	/** The identifier characters typed before the offset (what a template name is matched against). */
	private String wordBefore(int offset) {
		try {
			var document = editor.document();
			int start = offset;
			while (start > 0 && isNameChar(document.getChar(start - 1))) {
				start--;
			}
			return document.get(start, offset - start);
		} catch (org.eclipse.jface.text.BadLocationException e) {
			return "";
		}
	}

	private static boolean isNameChar(char c) {
		return Character.isLetterOrDigit(c) || c == '-' || c == '_';
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return AUTO_ACTIVATION;
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return errorMessage;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}

	@Override
	public void assistSessionStarted(ContentAssistEvent event) {
		autoActivated = event.isAutoActivated;
	}

	@Override
	public void assistSessionEnded(ContentAssistEvent event) {
		autoActivated = false;
	}

	@Override
	public void selectionChanged(ICompletionProposal proposal, boolean smartToggle) {
	}
}
