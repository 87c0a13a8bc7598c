package org.ddc.ui.search;

import java.util.Comparator;

import org.ddc.ui.editor.DdcEditor;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.search.ui.text.AbstractTextSearchResult;
import org.eclipse.search.ui.text.AbstractTextSearchViewPage;
import org.eclipse.search.ui.text.Match;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/** The Search view's page for ddc references: one line per referring line of a file, in file and line order. */
public class ReferencesPage extends AbstractTextSearchViewPage {
	private static final Comparator<ReferenceSite> ORDER = Comparator
			.comparing((ReferenceSite site) -> site.file().getFullPath().toString())
			.thenComparingInt(ReferenceSite::line);

	public ReferencesPage() {
		super(FLAG_LAYOUT_FLAT);
	}

	@Override
	protected void configureTableViewer(TableViewer viewer) {
		viewer.setContentProvider(new ArrayContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return input instanceof AbstractTextSearchResult result ? result.getElements() : new Object[0];
			}
		});
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof ReferenceSite site) {
					int matches = getInput() != null ? getInput().getMatchCount(site) : 0;
					return site.label() + (matches > 1 ? "  (" + matches + " references)" : "");
				}
				return super.getText(element);
			}
		});
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer v, Object a, Object b) {
				return a instanceof ReferenceSite x && b instanceof ReferenceSite y ? ORDER.compare(x, y) : 0;
			}
		});
	}

	@Override
	protected void configureTreeViewer(TreeViewer viewer) {
		throw new UnsupportedOperationException("the ddc references page shows a flat list only");
	}

	@Override
	protected void elementsChanged(Object[] elements) {
		StructuredViewer viewer = getViewer();
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.refresh();
		}
	}

	@Override
	protected void clear() {
		elementsChanged(new Object[0]);
	}

	@Override
	protected void showMatch(Match match, int currentOffset, int currentLength, boolean activate)
			throws PartInitException {
		if (match.getElement() instanceof ReferenceSite site) {
			IEditorPart editor = IDE.openEditor(getSite().getPage(), site.file(), DdcEditor.ID, activate);
			if (editor instanceof ITextEditor text) {
				text.selectAndReveal(currentOffset, currentLength);
			}
		}
	}
}
