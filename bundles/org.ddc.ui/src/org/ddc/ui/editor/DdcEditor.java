package org.ddc.ui.editor;

import java.nio.file.Path;

import org.ddc.ui.DdcUiPlugin;
import org.ddc.ui.design.LiveDesign;
import org.ddc.ui.design.LiveDesigns;
import org.ddc.ui.design.WorkspaceDesigns;
import org.ddc.ui.highlighting.SemanticHighlighter;
import org.ddc.ui.highlighting.Style;
import org.ddc.ui.highlighting.Styles;
import org.ddc.ui.navigation.EditorNavigation;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.ITextViewerExtension;
import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelListener;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.IVerticalRuler;
import org.eclipse.jface.text.source.projection.ProjectionSupport;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.jface.util.PropertyChangeEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ChainedPreferenceStore;
import org.eclipse.ui.texteditor.SourceViewerDecorationSupport;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

import com.google.inject.Injector;

/**
 * The .ddc editor: a platform text editor with the language's highlighting, live validation against the whole
 * design, folding and typing aids. It shares one live model per design with the other open editors of that design.
 */
public class DdcEditor extends TextEditor {
	public static final String ID = "org.ddc.ui.editor";
	/** The key-binding context of the editor. */
	public static final String CONTEXT = "org.ddc.ui.editorScope";
	public static final String MATCHING_BRACKETS = "ddc.matchingBrackets";
	public static final String MATCHING_BRACKETS_COLOR = "ddc.matchingBracketsColor";

	private Styles styles;
	private LiveValidation liveValidation;
	private SemanticHighlighter semanticHighlighter;
	private EditorNavigation navigation;
	private LiveDesign liveDesign;
	private IFile file;
	private Path filePath;
	private IDocument connectedDocument;
	private boolean disposed;
	private final Runnable designChanged = () -> {
		LiveValidation validation = liveValidation;
		if (validation != null) {
			validation.scheduleDesignPass(50);
		}
	};
	private final IDocumentListener editListener = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			liveValidation.edited();
		}
	};
	private final IAnnotationModelListener markerHider = model -> LiveValidation.hideMarkers(model);

	@Override
	protected void initializeEditor() {
		super.initializeEditor();
		IPreferenceStore own = DdcUiPlugin.getDefault().getPreferenceStore();
		setPreferenceStore(new ChainedPreferenceStore(new IPreferenceStore[] { own, EditorsUI.getPreferenceStore() }));
		styles = new Styles(own);
		liveValidation = new LiveValidation(this);
		setSourceViewerConfiguration(new DdcSourceViewerConfiguration(this, getPreferenceStore(), styles));
	}

	@Override
	protected void initializeKeyBindingScopes() {
		setKeyBindingScopes(new String[] { CONTEXT });
	}

	@Override
	protected ISourceViewer createSourceViewer(Composite parent, IVerticalRuler ruler, int styles) {
		ProjectionViewer viewer = new ProjectionViewer(parent, ruler, getOverviewRuler(), isOverviewRulerVisible(),
				styles);
		getSourceViewerDecorationSupport(viewer);
		return viewer;
	}

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		ProjectionViewer viewer = (ProjectionViewer) getSourceViewer();
		ProjectionSupport projection = new ProjectionSupport(viewer, getAnnotationAccess(), getSharedColors());
		projection.install();
		viewer.doOperation(ProjectionViewer.TOGGLE);
		semanticHighlighter = new SemanticHighlighter(viewer, styles);
		navigation = new EditorNavigation(this, viewer);
	}

	@Override
	protected void configureSourceViewerDecorationSupport(SourceViewerDecorationSupport support) {
		super.configureSourceViewerDecorationSupport(support);
		support.setCharacterPairMatcher(new DefaultCharacterPairMatcher(new char[] { '{', '}' },
				DdcPartitions.PARTITIONING, true));
		support.setMatchingCharacterPainterPreferenceKeys(MATCHING_BRACKETS, MATCHING_BRACKETS_COLOR);
	}

	@Override
	protected void doSetInput(IEditorInput input) throws CoreException {
		disconnect();
		super.doSetInput(input);
		connect(input);
	}

	private void connect(IEditorInput input) {
		file = input != null ? input.getAdapter(IFile.class) : null;
		IDocument document = input != null ? getDocumentProvider().getDocument(input) : null;
		if (file == null || document == null) {
			return;
		}
		filePath = WorkspaceDesigns.path(file.getLocation());
		connectedDocument = document;
		document.addDocumentListener(editListener);
		liveDesign = LiveDesigns.get().connect(file, document, designChanged);
		IAnnotationModel model = annotationModel();
		if (model != null) {
			model.addAnnotationModelListener(markerHider);
		}
	}

	private void disconnect() {
		if (connectedDocument != null) {
			connectedDocument.removeDocumentListener(editListener);
			IAnnotationModel model = annotationModel();
			if (model != null) {
				model.removeAnnotationModelListener(markerHider);
			}
		}
		if (liveDesign != null) {
			LiveDesigns.get().disconnect(liveDesign, file, designChanged);
		}
		liveDesign = null;
		connectedDocument = null;
		filePath = null;
	}

	@Override
	public void dispose() {
		disposed = true;
		liveValidation.dispose();
		if (navigation != null) {
			navigation.dispose();
		}
		disconnect();
		if (semanticHighlighter != null) {
			semanticHighlighter.dispose();
		}
		super.dispose();
	}

	@Override
	protected void handlePreferenceStoreChanged(PropertyChangeEvent event) {
		if (Style.isStyleKey(event.getProperty())) {
			styles.refresh();
			if (getSourceViewer() != null) {
				getSourceViewer().invalidateTextPresentation();
			}
			return;
		}
		super.handlePreferenceStoreChanged(event);
	}

	@Override
	protected boolean affectsTextPresentation(PropertyChangeEvent event) {
		return Style.isStyleKey(event.getProperty()) || super.affectsTextPresentation(event);
	}

	/** Runs document changes as one undoable change. */
	public void compoundChange(DocumentChange change) throws BadLocationException {
		ISourceViewer viewer = getSourceViewer();
		if (viewer instanceof ITextViewerExtension extension) {
			extension.getRewriteTarget().beginCompoundChange();
		}
		try {
			change.apply();
		} finally {
			if (viewer instanceof ITextViewerExtension extension) {
				extension.getRewriteTarget().endCompoundChange();
			}
		}
	}

	/** A change to the editor's document. */
	public interface DocumentChange {
		void apply() throws BadLocationException;
	}

	public Injector injector() {
		return DdcUiPlugin.getDefault().injector();
	}

	/** The live model of the design this file belongs to (null for a file outside any project). */
	public LiveDesign liveDesign() {
		return liveDesign;
	}

	/** The file's absolute path, as the live design and findings name it. */
	public Path filePath() {
		return filePath;
	}

	public IFile file() {
		return file;
	}

	public LiveValidation liveValidation() {
		return liveValidation;
	}

	/** Occurrences, folding and outline of this editor (null before its controls exist). */
	public EditorNavigation navigation() {
		return navigation;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IContentOutlinePage.class && navigation != null) {
			return adapter.cast(navigation.outlinePage());
		}
		return super.getAdapter(adapter);
	}

	public SemanticHighlighter semanticHighlighter() {
		return semanticHighlighter;
	}

	public IDocument document() {
		return getDocumentProvider() != null ? getDocumentProvider().getDocument(getEditorInput()) : null;
	}

	public IAnnotationModel annotationModel() {
		return getDocumentProvider() != null ? getDocumentProvider().getAnnotationModel(getEditorInput()) : null;
	}

	public boolean isDisposed() {
		return disposed;
	}

	/** The viewer (for tests and the language services). */
	public ISourceViewer viewer() {
		return getSourceViewer();
	}
}
