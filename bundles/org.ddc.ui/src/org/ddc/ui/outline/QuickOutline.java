package org.ddc.ui.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.ddc.ui.editor.DdcEditor;
import org.eclipse.jface.dialogs.PopupDialog;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;

/**
 * Ctrl+O in the .ddc editor: a popup with the file's outline and a filter field. Typing narrows the tree to the
 * entries whose name matches ({@code *} and {@code ?} wildcards, case ignored, anywhere in the name) and their
 * parents; Enter or a double-click jumps to the selected entry and closes the popup.
 */
public class QuickOutline extends PopupDialog {
	private final DdcEditor editor;
	private final List<OutlineNode> nodes;
	private Text filterText;
	private TreeViewer viewer;
	private Pattern pattern;

	public QuickOutline(Shell parent, DdcEditor editor, List<OutlineNode> nodes) {
		// a title text (empty) makes the popup create the title area that holds the filter field
		super(parent, PopupDialog.INFOPOPUPRESIZE_SHELLSTYLE, true, true, false, false, false, "",
				"Enter: go to the selected element");
		this.editor = editor;
		this.nodes = nodes;
	}

	@Override
	protected Control createTitleControl(Composite parent) {
		filterText = new Text(parent, SWT.NONE);
		filterText.setMessage("type to filter (* and ? allowed)");
		filterText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		filterText.addModifyListener(event -> applyFilter(filterText.getText()));
		filterText.addListener(SWT.DefaultSelection, event -> goToSelection());
		filterText.addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.ARROW_DOWN) {
				viewer.getTree().setFocus();
			}
		});
		return filterText;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.setContentProvider(new OutlineContent());
		viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(new OutlineLabels()));
		viewer.setComparer(OutlineContent.BY_ID);
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer v, Object parentElement, Object element) {
				return pattern == null || (element instanceof OutlineNode node && matchesOrHasMatch(node));
			}
		});
		viewer.setInput(nodes);
		viewer.addOpenListener(event -> goToSelection());
		viewer.getTree().addListener(SWT.DefaultSelection, event -> goToSelection());
		return viewer.getControl();
	}

	@Override
	protected Control getFocusControl() {
		return filterText;
	}

	@Override
	protected Point getDefaultSize() {
		return new Point(480, 420);
	}

	/** Narrows the tree to matching names (empty text shows all) and selects the first match. */
	public void applyFilter(String text) {
		pattern = text == null || text.isBlank() ? null : toPattern(text.trim());
		viewer.getControl().setRedraw(false);
		try {
			viewer.refresh();
			if (pattern != null) {
				viewer.expandAll();
			}
		} finally {
			viewer.getControl().setRedraw(true);
		}
		OutlineNode first = firstMatch(nodes);
		viewer.setSelection(first != null ? new StructuredSelection(first) : StructuredSelection.EMPTY, true);
	}

	private static Pattern toPattern(String text) {
		StringBuilder regex = new StringBuilder(".*");
		for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
			regex.append(switch (c) {
				case '*' -> ".*";
				case '?' -> ".";
				default -> Pattern.quote(String.valueOf(c));
			});
		}
		return Pattern.compile(regex.append(".*").toString(), Pattern.DOTALL);
	}

	private boolean matches(OutlineNode node) {
		return pattern.matcher(node.name().toLowerCase(Locale.ROOT)).matches();
	}

	private boolean matchesOrHasMatch(OutlineNode node) {
		return matches(node) || node.children().stream().anyMatch(this::matchesOrHasMatch);
	}

	private OutlineNode firstMatch(List<OutlineNode> level) {
		if (pattern == null) {
			return null;
		}
		for (OutlineNode node : level) {
			OutlineNode found = matches(node) ? node : firstMatch(node.children());
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	/** Reveals the selected entry in the editor and closes the popup. */
	public void goToSelection() {
		if (viewer.getSelection() instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof OutlineNode node) {
			close();
			editor.selectAndReveal(node.nameOffset(), node.nameLength());
			editor.setFocus();
		}
	}

	/** The names of the entries the tree shows, in order, expanded levels included (for tests). */
	public List<String> visibleNames() {
		List<String> names = new ArrayList<>();
		for (TreeItem item : viewer.getTree().getItems()) {
			collect(item, names);
		}
		return names;
	}

	private static void collect(TreeItem item, List<String> names) {
		if (item.getData() instanceof OutlineNode node) {
			names.add(node.name());
		}
		if (item.getExpanded()) {
			for (TreeItem child : item.getItems()) {
				collect(child, names);
			}
		}
	}

	/** The filter field (for tests). */
	public Text filterText() {
		return filterText;
	}
}
