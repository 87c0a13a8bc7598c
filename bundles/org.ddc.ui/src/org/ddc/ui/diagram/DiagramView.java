package org.ddc.ui.diagram;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.ddc.diagram.DiagramKind;
import org.ddc.diagram.Diagrams;
import org.ddc.ui.DdcUiPlugin;
import org.ddc.ui.design.LiveDesign;
import org.ddc.ui.design.WorkspaceDesigns;
import org.ddc.ui.editor.DdcEditor;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

/**
 * The ddc Diagram view: the rack, network and storage diagrams of the active ddc editor's design, one tab each. They
 * are drawn in a background job when the view opens, when another design's editor becomes active and when a file of
 * the design is saved (or changes on disk); zoom from the toolbar or with Ctrl+mouse wheel; the tooltip names the
 * element under the mouse; double-click selects it in the editor. When nothing can be drawn the view says why.
 */
public class DiagramView extends ViewPart {
	public static final String ID = "org.ddc.ui.diagramView";
	/** What the view says with no ddc editor open. */
	public static final String NO_EDITOR = DesignDrawing.NOTHING + ": open a .ddc file in the ddc editor.";

	private final Map<DiagramKind, DiagramCanvas> canvases = new EnumMap<>(DiagramKind.class);
	private final List<Consumer<DesignDrawing>> shownListeners = new CopyOnWriteArrayList<>();
	private final IPartListener2 partListener = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			if (ref.getPart(false) instanceof DdcEditor ddc) {
				follow(ddc);
			}
		}

		@Override
		public void partClosed(IWorkbenchPartReference ref) {
			if (ref.getPart(false) == editor) {
				IEditorPart active = getSite().getPage().getActiveEditor();
				editor = null;
				if (active instanceof DdcEditor ddc && active != ref.getPart(false)) {
					follow(ddc);
				} else {
					shown = null;
					onScreen = null;
					showMessage(NO_EDITOR);
				}
			}
		}
	};
	/** The changes of a file that change its text. */
	private static final int TEXT_CHANGES = IResourceDelta.CONTENT | IResourceDelta.REPLACED | IResourceDelta.ENCODING;
	private final IResourceChangeListener saves = this::resourceChanged;
	private final DrawJob job = new DrawJob();

	private Composite top;
	private StackLayout stack;
	private Label message;
	private Composite diagrams;
	private CTabFolder tabs;
	private Label problems;
	/** The editor whose design is shown, or null. */
	private DdcEditor editor;
	/** The live design shown, or null. */
	private volatile LiveDesign shown;
	/** The canvas of the selected tab, or null: whose diagram the next drawing brings drawn already. */
	private volatile DiagramCanvas onScreen;
	/** The monitor's zoom (100 = one pixel per point). */
	private volatile int deviceZoom = 100;
	private DesignDrawing drawing;

	@Override
	public void createPartControl(Composite parent) {
		top = new Composite(parent, SWT.NONE);
		stack = new StackLayout();
		top.setLayout(stack);
		message = new Label(top, SWT.WRAP);
		diagrams = new Composite(top, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		diagrams.setLayout(layout);
		tabs = new CTabFolder(diagrams, SWT.BOTTOM | SWT.FLAT);
		tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		tabs.addListener(SWT.Selection, e -> onScreen = selected());
		problems = new Label(diagrams, SWT.WRAP);
		problems.setLayoutData(new GridData(SWT.FILL, SWT.END, true, false));
		showMessage(NO_EDITOR);
		contributeToolbar(getViewSite().getActionBars().getToolBarManager());
		getSite().getPage().addPartListener(partListener);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(saves, IResourceChangeEvent.POST_CHANGE);
		if (getSite().getPage().getActiveEditor() instanceof DdcEditor ddc) {
			follow(ddc);
		}
	}

	private void contributeToolbar(IToolBarManager toolbar) {
		toolbar.add(action("+", "Zoom In (Ctrl+mouse wheel)", DiagramCanvas::zoomIn));
		toolbar.add(action("\u2212", "Zoom Out (Ctrl+mouse wheel)", DiagramCanvas::zoomOut));
		toolbar.add(action("Fit", "Fit the Diagram into the View", DiagramCanvas::fit));
		toolbar.add(action("1:1", "Actual Size", c -> c.setZoom(1)));
	}

	private Action action(String text, String tooltip, Consumer<DiagramCanvas> run) {
		Action action = new Action(text) {
			@Override
			public void run() {
				DiagramCanvas canvas = selected();
				if (canvas != null) {
					run.accept(canvas);
				}
			}
		};
		action.setToolTipText(tooltip);
		return action;
	}

	@Override
	public void setFocus() {
		DiagramCanvas canvas = selected();
		if (canvas != null && stack.topControl == diagrams) {
			canvas.canvas().setFocus();
		} else {
			top.setFocus();
		}
	}

	@Override
	public void dispose() {
		job.cancel();
		getSite().getPage().removePartListener(partListener);
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(saves);
		canvases.values().forEach(DiagramCanvas::dispose);
		super.dispose();
	}

	/** Called on the UI thread each time a drawing of the design is on screen (its selected diagram drawn). */
	public void addShownListener(Consumer<DesignDrawing> listener) {
		shownListeners.add(listener);
	}

	public void removeShownListener(Consumer<DesignDrawing> listener) {
		shownListeners.remove(listener);
	}

	/** The editor whose design the view shows, or null. */
	public DdcEditor editor() {
		return editor;
	}

	/** The drawing on screen, or null. */
	public DesignDrawing drawing() {
		return drawing;
	}

	/** The canvas of a diagram, or null when the design has none of that kind. */
	public DiagramCanvas canvas(DiagramKind kind) {
		return canvases.get(kind);
	}

	/** The canvas of the selected tab, or null. */
	public DiagramCanvas selected() {
		CTabItem item = tabs.getSelection();
		return item != null ? (DiagramCanvas) item.getData() : null;
	}

	/** Shows the tab of a diagram kind; returns false when there is none. */
	public boolean select(DiagramKind kind) {
		for (CTabItem item : tabs.getItems()) {
			if (((DiagramCanvas) item.getData()).diagram().kind() == kind) {
				tabs.setSelection(item);
				onScreen = selected();
				return true;
			}
		}
		return false;
	}

	/** The text shown instead of diagrams, or null when diagrams are shown. */
	public String message() {
		return stack.topControl == message ? message.getText() : null;
	}

	/** Draws the design of the editor, unless it is the design shown already. */
	private void follow(DdcEditor next) {
		LiveDesign live = next.liveDesign();
		editor = next;
		if (live == null) {
			shown = null;
			showMessage(DesignDrawing.NOTHING + ": " + next.getTitle() + " is not in a workspace project.");
		} else if (live != shown) {
			shown = live;
			deviceZoom = top.getMonitor().getZoom();
			refresh();
		}
	}

	/** Draws the shown design again (on any thread). */
	public void refresh() {
		LiveDesign live = shown;
		DiagramCanvas canvas = onScreen;
		if (live != null) {
			job.request(live, canvas != null ? canvas.diagram().kind() : null, canvas != null ? canvas.zoom() : 1,
					deviceZoom);
		}
	}

	/**
	 * A saved (or otherwise changed, added or removed) file of the shown design: draw it again, straight from the
	 * thread that reports the change.
	 */
	private void resourceChanged(IResourceChangeEvent event) {
		LiveDesign live = shown;
		if (live == null || event.getDelta() == null) {
			return;
		}
		boolean[] changed = { false };
		try {
			event.getDelta().accept(delta -> {
				IResource resource = delta.getResource();
				if ((WorkspaceDesigns.isDesignFile(resource) || WorkspaceDesigns.isSettingsFile(resource))
						&& (delta.getKind() != IResourceDelta.CHANGED || (delta.getFlags() & TEXT_CHANGES) != 0)) {
					Path path = WorkspaceDesigns.path(resource.getLocation());
					changed[0] |= path != null && path.startsWith(live.root());
				}
				return !changed[0];
			});
		} catch (CoreException e) {
			DdcUiPlugin.log("could not follow the changes of the design", e);
		}
		if (changed[0] && shown == live) {
			refresh();
		}
	}

	/** Puts a drawing on screen (UI thread); the selected diagram comes already drawn. */
	private void show(LiveDesign from, DesignDrawing next, DiagramCanvas.Rendered rendered) {
		if (top.isDisposed() || from != shown) {
			return;
		}
		drawing = next;
		if (next.diagrams().isEmpty()) {
			showMessage(String.join("\n", next.problems()));
			shownListeners.forEach(l -> l.accept(next));
			return;
		}
		DiagramKind selectedKind = tabs.getSelection() != null ? selected().diagram().kind() : null;
		List<DiagramKind> kinds = next.diagrams().stream().map(DrawnDiagram::kind).toList();
		for (CTabItem item : tabs.getItems()) {
			DiagramCanvas canvas = (DiagramCanvas) item.getData();
			if (!kinds.contains(canvas.diagram().kind())) {
				canvases.remove(canvas.diagram().kind()).dispose();
				item.dispose();
			}
		}
		DiagramCanvas selected = null;
		for (int i = 0; i < next.diagrams().size(); i++) {
			DrawnDiagram diagram = next.diagrams().get(i);
			DiagramCanvas canvas = canvases.get(diagram.kind());
			if (canvas == null) {
				canvas = new DiagramCanvas(tabs, source -> SourceSelection.reveal(getSite().getPage(), source));
				canvases.put(diagram.kind(), canvas);
				CTabItem item = new CTabItem(tabs, SWT.NONE, Math.min(i, tabs.getItemCount()));
				item.setText(diagram.title());
				item.setControl(canvas.control());
				item.setData(canvas);
			}
			if (diagram.kind() == selectedKind || selectedKind == null && i == 0) {
				selected = canvas;
			}
		}
		if (selected == null) {
			selected = canvases.get(kinds.get(0));
		}
		for (CTabItem item : tabs.getItems()) {
			if (item.getData() == selected) {
				tabs.setSelection(item);
			}
		}
		onScreen = selected;
		DiagramCanvas announcing = selected;
		Runnable announce = new Runnable() {
			@Override
			public void run() {
				announcing.removeShownListener(this);
				shownListeners.forEach(l -> l.accept(next));
			}
		};
		announcing.addShownListener(announce);
		for (DrawnDiagram diagram : next.diagrams()) {
			DiagramCanvas canvas = canvases.get(diagram.kind());
			canvas.setDiagram(diagram, rendered != null && rendered.diagram() == diagram ? rendered : null);
		}
		problems.setText(String.join("\n", next.problems()));
		((GridData) problems.getLayoutData()).exclude = next.problems().isEmpty();
		problems.setVisible(!next.problems().isEmpty());
		stack.topControl = diagrams;
		top.layout(true, true);
	}

	private void showMessage(String text) {
		message.setText(text);
		stack.topControl = message;
		top.layout(true, true);
	}

	/** Draws the diagrams of a live design off the UI thread; a new request while one runs is drawn after it. */
	private final class DrawJob extends Job {
		private record Request(LiveDesign design, DiagramKind selected, double zoom, int deviceZoom) {
		}

		private volatile Request request;

		DrawJob() {
			super("Drawing ddc diagrams");
			setSystem(true);
		}

		void request(LiveDesign design, DiagramKind selected, double zoom, int deviceZoom) {
			request = new Request(design, selected, zoom, deviceZoom);
			schedule();
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			Request asked = request;
			if (asked == null) {
				return Status.OK_STATUS;
			}
			DesignDrawing next;
			DiagramCanvas.Rendered rendered = null;
			try {
				next = DesignDrawing.of(asked.design(), Diagrams.kinds());
				DrawnDiagram first = next.diagrams().stream().filter(d -> d.kind() == asked.selected()).findFirst()
						.orElse(next.diagrams().isEmpty() ? null : next.diagrams().get(0));
				double zoom = first != null && first.kind() == asked.selected() ? asked.zoom() : 1;
				rendered = DiagramCanvas.render(first, zoom, asked.deviceZoom());
			} catch (RuntimeException e) {
				DdcUiPlugin.log("could not draw the diagrams of " + asked.design().root(), e);
				next = DesignDrawing.none(DesignDrawing.NOTHING + ": the design could not be drawn (the error log has the details).");
			}
			if (monitor.isCanceled() || top.isDisposed()) {
				return Status.CANCEL_STATUS;
			}
			DesignDrawing drawn = next;
			DiagramCanvas.Rendered image = rendered;
			top.getDisplay().asyncExec(() -> show(asked.design(), drawn, image));
			return Status.OK_STATUS;
		}
	}
}
