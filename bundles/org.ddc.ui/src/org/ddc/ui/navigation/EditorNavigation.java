package org.ddc.ui.navigation;

import org.ddc.ui.editor.DdcEditor;
import org.ddc.ui.folding.FoldingUpdater;
import org.ddc.ui.outline.DdcOutlinePage;
import org.eclipse.jface.text.source.projection.ProjectionViewer;

/**
 * The navigation features of one editor: the file index they share, mark occurrences, folding and the outline
 * page. Created when the editor's controls exist.
 */
public final class EditorNavigation {
	private final DdcEditor editor;
	private final EditorIndex index;
	private final MarkOccurrences occurrences;
	private DdcOutlinePage outlinePage;

	public EditorNavigation(DdcEditor editor, ProjectionViewer viewer) {
		this.editor = editor;
		this.index = new EditorIndex(editor);
		this.occurrences = new MarkOccurrences(viewer, index);
		FoldingUpdater folding = new FoldingUpdater(viewer);
		index.addListener(updated -> {
			if (index.current() == updated) {
				folding.update(updated);
			}
		});
		editor.liveValidation().addListener(index);
	}

	public EditorIndex index() {
		return index;
	}

	public MarkOccurrences occurrences() {
		return occurrences;
	}

	/** The editor's page in the Outline view. */
	public DdcOutlinePage outlinePage() {
		if (outlinePage == null || outlinePage.isDisposed()) {
			outlinePage = new DdcOutlinePage(editor, index);
		}
		return outlinePage;
	}

	public void dispose() {
		editor.liveValidation().removeListener(index);
		occurrences.dispose();
		index.dispose();
	}
}
