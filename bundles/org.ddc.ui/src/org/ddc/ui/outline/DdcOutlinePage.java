package org.ddc.ui.outline;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.ddc.ui.DdcUiPlugin;
import org.ddc.ui.editor.DdcEditor;
import org.ddc.ui.navigation.EditorIndex;
import org.ddc.ui.navigation.FileIndex;
import org.ddc.ui.navigation.Navigation;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreePath;
import org.eclipse.jface.viewers.TreeSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/**
 * The Outline view's page for a .ddc editor: the file's top-level elements with their named children. Selecting an
 * entry reveals it in the editor; with "Link with Editor" on, moving the caret selects the entry it is in. The tree
 * follows the editor's file index, refreshed a moment after the last update so that typing does not make it jump.
 */
public class DdcOutlinePage extends ContentOutlinePage {
	/** Pause after an index update before the tree is refreshed. */
	static final int REFRESH_DELAY_MS = 250;
	private static final String LINK_KEY = "outline.linkWithEditor";
	private static final String SORT_KEY = "outline.sort";

	private final DdcEditor editor;
	private final EditorIndex index;
	private final Consumer<FileIndex> indexListener = updated -> scheduleRefresh();
	private final ISelectionChangedListener caretListener = event -> selectAtCaret();
	private final Runnable refresher = this::refresh;
	/** The ids of the entries the tree shows, in tree order; null before the first refresh. */
	private List<String> shownShape;
	private boolean linkWithEditor;
	private boolean sorted;
	private boolean selectingFromEditor;
	private boolean disposed;

	public DdcOutlinePage(DdcEditor editor, EditorIndex index) {
		this.editor = editor;
		this.index = index;
		linkWithEditor = !DdcUiPlugin.getDefault().getPreferenceStore().contains(LINK_KEY)
				|| DdcUiPlugin.getDefault().getPreferenceStore().getBoolean(LINK_KEY);
		sorted = DdcUiPlugin.getDefault().getPreferenceStore().getBoolean(SORT_KEY);
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new OutlineContent());
		viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(new OutlineLabels()));
		viewer.setComparer(OutlineContent.BY_ID);
		viewer.setComparator(sorted ? OutlineContent.BY_NAME : null);
		viewer.setInput((Supplier<List<OutlineNode>>) this::nodes);
		index.addListener(indexListener);
		if (editor.getSelectionProvider() instanceof IPostSelectionProvider provider) {
			provider.addPostSelectionChangedListener(caretListener);
		}
	}

	@Override
	public void setActionBars(IActionBars actionBars) {
		super.setActionBars(actionBars);
		IToolBarManager toolBar = actionBars.getToolBarManager();
		toolBar.add(toggle("Sort", "Sort alphabetically", sorted, this::setSorted));
		toolBar.add(toggle("Link", "Link with Editor", linkWithEditor, this::setLinkWithEditor));
	}

	private static IAction toggle(String text, String tooltip, boolean checked, Consumer<Boolean> onChange) {
		Action action = new Action(text, IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				onChange.accept(isChecked());
			}
		};
		action.setToolTipText(tooltip);
		action.setChecked(checked);
		return action;
	}

	/** Sorts entries alphabetically, or shows them in file order. */
	public void setSorted(boolean sorted) {
		this.sorted = sorted;
		DdcUiPlugin.getDefault().getPreferenceStore().setValue(SORT_KEY, sorted);
		if (getTreeViewer() != null) {
			getTreeViewer().setComparator(sorted ? OutlineContent.BY_NAME : null);
		}
	}

	/** Whether moving the caret selects the enclosing entry. */
	public void setLinkWithEditor(boolean link) {
		this.linkWithEditor = link;
		DdcUiPlugin.getDefault().getPreferenceStore().setValue(LINK_KEY, link);
		if (link) {
			selectAtCaret();
		}
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (!selectingFromEditor && event.getSelection() instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof OutlineNode shown) {
			OutlineNode node = current(shown);
			editor.selectAndReveal(node.nameOffset(), node.nameLength());
		}
	}

	private List<OutlineNode> nodes() {
		FileIndex latest = index.latest();
		return latest != null ? latest.outline() : List.of();
	}

	private void scheduleRefresh() {
		Display.getCurrent().timerExec(REFRESH_DELAY_MS, refresher);
	}

	/** Shows the latest index now (keeps expansion and selection of entries that are still there). */
	public void refresh() {
		TreeViewer viewer = getTreeViewer();
		if (disposed || viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		List<String> shape = new java.util.ArrayList<>();
		collectIds(nodes(), shape);
		if (!shape.equals(shownShape)) {
			// the entries changed: rebuild the tree (on GTK, refreshing thousands of items costs a lot of time on
			// the UI thread, so an edit that changes no entry leaves the tree alone)
			viewer.getControl().setRedraw(false);
			try {
				viewer.refresh();
			} finally {
				viewer.getControl().setRedraw(true);
			}
			shownShape = shape;
		}
		selectAtCaret();
	}

	private static void collectIds(List<OutlineNode> nodes, List<String> ids) {
		for (OutlineNode node : nodes) {
			ids.add(node.id());
			collectIds(node.children(), ids);
		}
		ids.add(")");
	}

	/** The entry with the node's id in the latest index (its ranges are current), or the node itself. */
	private OutlineNode current(OutlineNode node) {
		java.util.Deque<List<OutlineNode>> pending = new java.util.ArrayDeque<>();
		pending.push(nodes());
		while (!pending.isEmpty()) {
			for (OutlineNode candidate : pending.pop()) {
				if (candidate.id().equals(node.id())) {
					return candidate;
				}
				if (node.id().startsWith(candidate.id())) {
					pending.push(candidate.children());
				}
			}
		}
		return node;
	}

	private void selectAtCaret() {
		TreeViewer viewer = getTreeViewer();
		if (!linkWithEditor || disposed || viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		TreePath path = OutlineContent.pathAt(nodes(), Navigation.caret(editor));
		selectingFromEditor = true;
		try {
			viewer.setSelection(path != null ? new TreeSelection(path) : StructuredSelection.EMPTY, true);
		} finally {
			selectingFromEditor = false;
		}
	}

	/** The top-level entries shown (for tests). */
	public List<OutlineNode> shown() {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return List.of();
		}
		return java.util.Arrays.stream(viewer.getTree().getItems()).map(item -> (OutlineNode) item.getData()).toList();
	}

	public boolean isDisposed() {
		return disposed;
	}

	@Override
	public void dispose() {
		disposed = true;
		index.removeListener(indexListener);
		if (editor.getSelectionProvider() instanceof IPostSelectionProvider provider) {
			provider.removePostSelectionChangedListener(caretListener);
		}
		Display display = Display.getCurrent();
		if (display != null) {
			display.timerExec(-1, refresher);
		}
		super.dispose();
	}
}
