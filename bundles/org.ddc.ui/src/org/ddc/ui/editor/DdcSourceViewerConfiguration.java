package org.ddc.ui.editor;

import java.util.Set;

import org.ddc.ui.highlighting.LexicalScanner;
import org.ddc.ui.highlighting.Style;
import org.ddc.ui.highlighting.Styles;
import org.ddc.ui.highlighting.ValueKeywords;
import org.ddc.ui.hover.DdcAnnotationHover;
import org.ddc.ui.hover.DdcTextHover;
import org.ddc.ui.navigation.DeclarationHyperlinkDetector;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.DefaultIndentLineAutoEditStrategy;
import org.eclipse.jface.text.IAutoEditStrategy;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.source.IAnnotationHover;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

/**
 * What the .ddc editor's viewer does: highlighting, live validation, typing aids. The language services
 * (content assist, hover, navigation, quick fixes) plug in here too.
 */
public class DdcSourceViewerConfiguration extends TextSourceViewerConfiguration {
	/**
	 * Delay of the reconciler after the last keystroke before the per-file checks run. Short: typing never waits
	 * for a pass (edits are queued for the model, not applied under its lock), and keystrokes more than a few
	 * milliseconds apart would each get their pass anyway.
	 */
	public static final int RECONCILE_DELAY_MS = 15;

	protected final DdcEditor editor;
	protected final Styles styles;

	public DdcSourceViewerConfiguration(DdcEditor editor, IPreferenceStore store, Styles styles) {
		super(store);
		this.editor = editor;
		this.styles = styles;
	}

	@Override
	public String getConfiguredDocumentPartitioning(ISourceViewer sourceViewer) {
		return DdcPartitions.PARTITIONING;
	}

	@Override
	public String[] getConfiguredContentTypes(ISourceViewer sourceViewer) {
		return DdcPartitions.TYPES;
	}

	@Override
	public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
		PresentationReconciler reconciler = new PresentationReconciler();
		reconciler.setDocumentPartitioning(DdcPartitions.PARTITIONING);
		Set<String> values = ValueKeywords.of(editor.injector());
		DefaultDamagerRepairer code = new DefaultDamagerRepairer(new LexicalScanner(styles, values));
		reconciler.setDamager(code, IDocument.DEFAULT_CONTENT_TYPE);
		reconciler.setRepairer(code, IDocument.DEFAULT_CONTENT_TYPE);
		// comments are lexed too, so that suppression comments stand out
		DefaultDamagerRepairer comment = new DefaultDamagerRepairer(new LexicalScanner(styles, values));
		reconciler.setDamager(comment, DdcPartitions.COMMENT);
		reconciler.setRepairer(comment, DdcPartitions.COMMENT);
		DefaultDamagerRepairer string = new DefaultDamagerRepairer(single(Style.STRING));
		reconciler.setDamager(string, DdcPartitions.STRING);
		reconciler.setRepairer(string, DdcPartitions.STRING);
		return reconciler;
	}

	private RuleBasedScanner single(Style style) {
		RuleBasedScanner scanner = new RuleBasedScanner() {
			@Override
			public org.eclipse.jface.text.rules.IToken nextToken() {
				setDefaultReturnToken(new Token(styles.get(style)));
				return super.nextToken();
			}
		};
		return scanner;
	}

	@Override
	public IReconciler getReconciler(ISourceViewer sourceViewer) {
		MonoReconciler reconciler = new MonoReconciler(editor.liveValidation(), false);
		reconciler.setDelay(RECONCILE_DELAY_MS);
		return reconciler;
	}

	@Override
	public org.eclipse.jface.text.contentassist.IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
		return org.ddc.ui.assist.DdcContentAssistant.create(editor, DdcPartitions.PARTITIONING,
				getInformationControlCreator(sourceViewer));
	}

	@Override
	public org.eclipse.jface.text.quickassist.IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer sourceViewer) {
		org.eclipse.jface.text.quickassist.QuickAssistAssistant assistant = new org.eclipse.jface.text.quickassist.QuickAssistAssistant();
		assistant.setQuickAssistProcessor(new org.ddc.ui.quickfix.DdcQuickAssistProcessor(editor));
		assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
		return assistant;
	}

	@Override
	public IAutoEditStrategy[] getAutoEditStrategies(ISourceViewer sourceViewer, String contentType) {
		if (IDocument.DEFAULT_CONTENT_TYPE.equals(contentType)) {
			return new IAutoEditStrategy[] { new DefaultIndentLineAutoEditStrategy(), new BracketsAndQuotes() };
		}
		return new IAutoEditStrategy[] { new DefaultIndentLineAutoEditStrategy() };
	}

	@Override
	public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
		return new DdcTextHover(editor);
	}

	@Override
	public IAnnotationHover getAnnotationHover(ISourceViewer sourceViewer) {
		return new DdcAnnotationHover();
	}

	@Override
	public IAnnotationHover getOverviewRulerAnnotationHover(ISourceViewer sourceViewer) {
		return new DdcAnnotationHover();
	}

	@Override
	public IHyperlinkDetector[] getHyperlinkDetectors(ISourceViewer sourceViewer) {
		IHyperlinkDetector[] platform = super.getHyperlinkDetectors(sourceViewer);
		if (platform == null) {
			return null; // hyperlinks switched off in the preferences
		}
		IHyperlinkDetector[] all = new IHyperlinkDetector[platform.length + 1];
		all[0] = new DeclarationHyperlinkDetector(editor);
		System.arraycopy(platform, 0, all, 1, platform.length);
		return all;
	}

	@Override
	public String[] getDefaultPrefixes(ISourceViewer sourceViewer, String contentType) {
		return new String[] { "//", "" };
	}

	@Override
	public String[] getIndentPrefixes(ISourceViewer sourceViewer, String contentType) {
		return new String[] { "\t", "" };
	}
}
