package org.ddc.ui.assist;

import org.ddc.ui.editor.DdcEditor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;

/** The content assistant of the .ddc editor: proposals computed off the UI thread, auto-activation after a pause. */
public final class DdcContentAssistant {
	/** Pause after an auto-activation character before the popup opens. */
	static final int AUTO_ACTIVATION_DELAY_MS = 300;

	private DdcContentAssistant() {
	}

	public static IContentAssistant create(DdcEditor editor, String partitioning,
			IInformationControlCreator informationControls) {
		// asynchronous: proposals are computed on a worker thread, the UI never waits for the design's lock
		ContentAssistant assistant = new ContentAssistant(true);
		assistant.setDocumentPartitioning(partitioning);
		DdcContentAssistProcessor processor = new DdcContentAssistProcessor(editor);
		assistant.setContentAssistProcessor(processor, IDocument.DEFAULT_CONTENT_TYPE);
		assistant.addCompletionListener(processor);
		assistant.enableAutoActivation(true);
		assistant.setAutoActivationDelay(AUTO_ACTIVATION_DELAY_MS);
		assistant.enableAutoInsert(true);
		assistant.setShowEmptyList(false);
		assistant.setInformationControlCreator(informationControls);
		assistant.setStatusLineVisible(true);
		assistant.setStatusMessage("Ctrl+Space: keywords, values, units, names of the design and templates");
		return assistant;
	}

	/** The processor behind an assistant made by {@link #create} (for tests and benchmarks). */
	public static DdcContentAssistProcessor processor(IContentAssistant assistant) {
		return assistant instanceof ContentAssistant content
				&& content.getContentAssistProcessor(IDocument.DEFAULT_CONTENT_TYPE) instanceof DdcContentAssistProcessor p
						? p
						: null;
	}
}
