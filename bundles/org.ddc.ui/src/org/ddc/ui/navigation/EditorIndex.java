package org.ddc.ui.navigation;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.ddc.dsl.validation.Finding;
import org.ddc.ui.design.LiveDesign;
import org.ddc.ui.editor.DdcEditor;
import org.ddc.ui.editor.LiveValidation;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.swt.widgets.Display;

/**
 * The {@link FileIndex} of an editor's file, recomputed in a background job after each pass of live validation
 * (the model is then up to date with the document) and handed to listeners on the UI thread.
 */
public final class EditorIndex implements LiveValidation.Listener {
	private final DdcEditor editor;
	private final List<Consumer<FileIndex>> listeners = new CopyOnWriteArrayList<>();
	private volatile FileIndex index;
	private volatile long lastComputeNanos;
	/** The {@link LiveDesign#version() version} of the design model the index was computed from. */
	private volatile long indexedVersion = -1;
	private final Job job = new Job("Indexing ddc file") {
		@Override
		protected IStatus run(IProgressMonitor monitor) {
			compute();
			return Status.OK_STATUS;
		}
	};

	public EditorIndex(DdcEditor editor) {
		this.editor = editor;
		job.setSystem(true);
		job.setPriority(Job.SHORT);
	}

	/**
	 * Pause after a validation pass before the index is computed: typing goes on without waiting for the index
	 * (it holds the design's lock while it reads the model), and the index follows once typing pauses.
	 */
	static final long DELAY_MS = 100;

	/**
	 * Called on the UI thread after each file or design pass: the index is computed again unless the model is
	 * the one it was computed from (a design pass after the file pass of the same edit).
	 */
	@Override
	public void validated(boolean designWide, List<Finding> findings, long startedNanos, long computeNanos) {
		LiveDesign design = editor.liveDesign();
		if (index != null && design != null && indexedVersion == design.version()) {
			return;
		}
		job.cancel();
		job.schedule(DELAY_MS);
	}

	/** Listeners run on the UI thread with each new index. */
	public void addListener(Consumer<FileIndex> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<FileIndex> listener) {
		listeners.remove(listener);
	}

	/** The index if it still describes the document, else null (an edit is waiting for the next reconcile). */
	public FileIndex current() {
		FileIndex known = index;
		return known != null && known.stamp() == stamp(editor.document()) ? known : null;
	}

	/** The last index computed, possibly older than the document. */
	public FileIndex latest() {
		return index;
	}

	/** How long the last index took to compute under the design's lock, in nanoseconds. */
	public long lastComputeNanos() {
		return lastComputeNanos;
	}

	private void compute() {
		LiveDesign design = editor.liveDesign();
		Path file = editor.filePath();
		IDocument document = editor.document();
		if (design == null || file == null || document == null) {
			return;
		}
		long stamp = stamp(document); // read before the model: an edit in between leaves the index stale, not wrong
		FileIndex computed = design.read(file, resource -> {
			long started = System.nanoTime(); // under the lock: waiting for a validation pass is not counted
			FileIndex built = FileIndexer.index(resource, file, stamp);
			lastComputeNanos = System.nanoTime() - started;
			indexedVersion = design.version();
			return built;
		});
		if (computed == null) {
			return;
		}
		index = computed;
		Display display = Display.getDefault();
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				if (!editor.isDisposed() && index == computed) {
					listeners.forEach(listener -> listener.accept(computed));
				}
			});
		}
	}

	static long stamp(IDocument document) {
		return document instanceof IDocumentExtension4 extension ? extension.getModificationStamp()
				: IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
	}

	public void dispose() {
		job.cancel();
		listeners.clear();
	}
}
