package org.ddc.ui.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.ddc.dsl.validation.Finding;
import org.ddc.ui.builder.Markers;
import org.ddc.ui.design.LiveDesign;
import org.ddc.ui.highlighting.SemanticSpans;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;

/**
 * Live validation of an open .ddc file. After each edit (the reconciler's short delay) the per-file checks run on
 * the reconciler thread and their annotations replace the previous ones; after a pause the whole-design pass (the
 * planning-guide rules over every file of the design, exactly as the builder and {@code ddc validate} run them)
 * replaces all. Problems-view markers of the file are hidden in the editor while live annotations stand for them.
 */
public class LiveValidation implements IReconcilingStrategy, IReconcilingStrategyExtension {
	/**
	 * A finished pass, reported on the UI thread after its annotations are shown: when the edit it answers was made,
	 * and how long the pass computed (off the UI thread).
	 */
	public interface Listener {
		void validated(boolean designWide, List<Finding> findings, long startedNanos, long computeNanos);
	}

	/** Pause after the last edit before the whole-design rules run. */
	public static final long DESIGN_PASS_DELAY_MS = 400;

	private final DdcEditor editor;
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	private IProgressMonitor monitor = new NullProgressMonitor();
	private volatile long lastEditNanos = System.nanoTime();
	private final Job designPass = new Job("Validating ddc design") {
		@Override
		protected IStatus run(IProgressMonitor jobMonitor) {
			runDesignPass(jobMonitor);
			return Status.OK_STATUS;
		}
	};

	public LiveValidation(DdcEditor editor) {
		this.editor = editor;
		designPass.setSystem(true);
		designPass.setPriority(Job.DECORATE);
	}

	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	@Override
	public void setDocument(IDocument document) {
	}

	@Override
	public void setProgressMonitor(IProgressMonitor monitor) {
		this.monitor = monitor;
	}

	/** Called when the document changed (the time a keystroke is taken to happen for latency figures). */
	void edited() {
		lastEditNanos = System.nanoTime();
		designPass.cancel();
	}

	@Override
	public void initialReconcile() {
		runFilePass();
		scheduleDesignPass(0);
	}

	@Override
	public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
		runFilePass();
		scheduleDesignPass(DESIGN_PASS_DELAY_MS);
	}

	@Override
	public void reconcile(IRegion partition) {
		runFilePass();
		scheduleDesignPass(DESIGN_PASS_DELAY_MS);
	}

	/** Runs the whole-design pass soon (another file of the design changed). */
	public void scheduleDesignPass(long delayMs) {
		designPass.cancel();
		designPass.schedule(delayMs);
	}

	private void runFilePass() {
		runPass(false, () -> monitor.isCanceled());
	}

	private void runDesignPass(IProgressMonitor jobMonitor) {
		if (runPass(true, jobMonitor::isCanceled)) {
			editor.liveDesign().notifyOthers(editor.filePath());
		}
	}

	/**
	 * Validates the file (per-file checks, or everything for the design pass) and shows the result; returns false
	 * when there was nothing to validate or a newer edit cancelled the pass (its own pass follows).
	 */
	private boolean runPass(boolean designWide, CancelIndicator cancel) {
		LiveDesign design = editor.liveDesign();
		Path file = editor.filePath();
		if (design == null || file == null) {
			return false;
		}
		long started = lastEditNanos;
		long computing = System.nanoTime();
		try {
			List<Finding> findings = design.validate(file, designWide ? CheckMode.ALL : CheckMode.FAST_ONLY, cancel);
			if (cancel.isCanceled()) {
				return false;
			}
			show(designWide, findings, started, System.nanoTime() - computing);
			// the problems first; the semantic colours (a walk over the whole file) follow
			List<SemanticSpans.Span> spans = design.read(file, resource -> SemanticSpans.of(resource, findings));
			highlight(spans);
			return true;
		} catch (OperationCanceledError | OperationCanceledException e) {
			return false;
		}
	}

	private void show(boolean designWide, List<Finding> findings, long started, long computeNanos) {
		asyncExec(() -> {
			replaceAnnotations(editor.annotationModel(), designWide, findings);
			for (Listener listener : listeners) {
				listener.validated(designWide, findings, started, computeNanos);
			}
		});
	}

	private void highlight(List<SemanticSpans.Span> spans) {
		asyncExec(() -> editor.semanticHighlighter().update(editor.document(), spans != null ? spans : List.of()));
	}

	/** Runs on the UI thread while the editor is open. */
	private void asyncExec(Runnable task) {
		Display display = Display.getDefault();
		if (display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> {
			if (editor.annotationModel() != null && !editor.isDisposed()) {
				task.run();
			}
		});
	}

	/**
	 * The file pass replaces the annotations of the per-file checks; the design pass replaces all of them. Only
	 * what changed is removed and added: the annotation painter redraws the whole span of the changes, which on a
	 * large file costs the UI thread a re-presentation of most of the document.
	 */
	private static void replaceAnnotations(IAnnotationModel model, boolean designWide, List<Finding> findings) {
		List<FindingAnnotation> current = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof FindingAnnotation live && (designWide || !live.fromRules())) {
				current.add(live);
			}
		}
		Map<String, List<FindingAnnotation>> byKey = new HashMap<>();
		for (FindingAnnotation annotation : current) {
			Position position = model.getPosition(annotation);
			if (position != null) {
				byKey.computeIfAbsent(position.getOffset() + " " + annotation.finding().code(), k -> new ArrayList<>())
						.add(annotation);
			}
		}
		java.util.Set<Annotation> kept = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
		Map<Annotation, Position> add = new HashMap<>();
		for (Finding finding : findings) {
			if (finding.suppressed() || finding.offset() < 0 || !designWide && FindingAnnotation.isRuleFinding(finding)) {
				continue;
			}
			FindingAnnotation same = byKey.getOrDefault(finding.offset() + " " + finding.code(), List.of()).stream()
					.filter(a -> !kept.contains(a) && a.shows(finding, model.getPosition(a))).findFirst().orElse(null);
			if (same != null) {
				kept.add(same);
			} else {
				add.put(new FindingAnnotation(finding), new Position(finding.offset(), Math.max(finding.length(), 0)));
			}
		}
		List<Annotation> remove = new ArrayList<>(current);
		remove.removeAll(kept);
		if (remove.isEmpty() && add.isEmpty()) {
			hideMarkers(model);
			return;
		}
		if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(remove.toArray(Annotation[]::new), add);
		} else {
			remove.forEach(model::removeAnnotation);
			add.forEach(model::addAnnotation);
		}
		hideMarkers(model);
	}

	/** Problems-view markers of ddc are not drawn in the editor: the live annotations show the current text. */
	static void hideMarkers(IAnnotationModel model) {
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof MarkerAnnotation marker && !marker.isMarkedDeleted() && isDdcMarker(marker)) {
				marker.markDeleted(true);
			}
		}
	}

	private static boolean isDdcMarker(MarkerAnnotation annotation) {
		try {
			return annotation.getMarker().exists() && annotation.getMarker().isSubtypeOf(Markers.TYPE);
		} catch (CoreException e) {
			return false;
		}
	}

	public void dispose() {
		designPass.cancel();
	}
}
