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
import org.eclipse.xtext.validation.CheckMode;

/**
 * Live validation of an open .ddc file. After each edit (the reconciler's short delay) the per-file checks run on
 * the reconciler thread and their annotations replace the previous ones; after a pause the whole-design pass (the
 * planning-guide rules over every file of the design, exactly as the builder and {@code ddc validate} run them)
 * replaces all. Problems-view markers of the file are hidden in the editor while live annotations stand for them.
 */
public class LiveValidation implements IReconcilingStrategy, IReconcilingStrategyExtension {
	/** A finished pass, reported on the UI thread after its annotations are shown. */
	public interface Listener {
		void validated(boolean designWide, List<Finding> findings, long startedNanos);
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
		LiveDesign design = editor.liveDesign();
		Path file = editor.filePath();
		if (design == null || file == null) {
			return;
		}
		long started = lastEditNanos;
		try {
			List<Finding> findings = design.validate(file, CheckMode.FAST_ONLY, () -> monitor.isCanceled());
			if (monitor.isCanceled()) {
				return;
			}
			List<SemanticSpans.Span> spans = design.read(file, resource -> SemanticSpans.of(resource, findings));
			show(false, findings, spans, started);
		} catch (OperationCanceledError | OperationCanceledException e) {
			// a newer edit arrived: its pass follows
		}
	}

	private void runDesignPass(IProgressMonitor jobMonitor) {
		LiveDesign design = editor.liveDesign();
		Path file = editor.filePath();
		if (design == null || file == null) {
			return;
		}
		long started = lastEditNanos;
		try {
			List<Finding> findings = design.validate(file, CheckMode.ALL, jobMonitor::isCanceled);
			if (jobMonitor.isCanceled()) {
				return;
			}
			List<SemanticSpans.Span> spans = design.read(file, resource -> SemanticSpans.of(resource, findings));
			show(true, findings, spans, started);
			design.notifyOthers(file);
		} catch (OperationCanceledError | OperationCanceledException e) {
			// a newer edit cancelled the pass: it is scheduled again after the next pause
		}
	}

	private void show(boolean designWide, List<Finding> findings, List<SemanticSpans.Span> spans, long started) {
		Display display = Display.getDefault();
		if (display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> {
			IAnnotationModel model = editor.annotationModel();
			if (model == null || editor.isDisposed()) {
				return;
			}
			replaceAnnotations(model, designWide, findings);
			editor.semanticHighlighter().update(editor.document(), spans != null ? spans : List.of());
			for (Listener listener : listeners) {
				listener.validated(designWide, findings, started);
			}
		});
	}

	/** The file pass replaces the per-file annotations; the design pass replaces all of them. */
	private static void replaceAnnotations(IAnnotationModel model, boolean designWide, List<Finding> findings) {
		List<Annotation> remove = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			if (annotation instanceof FindingAnnotation live && (designWide || !live.designWide())) {
				remove.add(annotation);
			}
		}
		Map<Annotation, Position> add = new HashMap<>();
		for (Finding finding : findings) {
			if (finding.suppressed() || finding.offset() < 0) {
				continue;
			}
			add.put(new FindingAnnotation(finding, designWide), new Position(finding.offset(), Math.max(finding.length(), 0)));
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
