package org.ddc.ui.design;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.ddc.dsl.load.DesignInputException;
import org.ddc.dsl.load.DesignLoader;
import org.ddc.dsl.load.DesignScope;
import org.ddc.dsl.load.LoadedDesign;
import org.ddc.dsl.load.SourceText;
import org.ddc.analysis.DesignAnalysis;
import org.ddc.dsl.validation.DesignValidator;
import org.ddc.dsl.validation.RuleRunner;
import org.ddc.dsl.validation.Finding;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;

import com.google.inject.Injector;

/**
 * The live state of one design for the editors that show its files: every file of the design parsed into one
 * resource set, with the text of open editors (saved or not) in place of the file on disk. Editors read and
 * validate through it; each edit is applied to the file's resource incrementally (Xtext's partial parser).
 * <p>
 * All access is serialised by one lock per design: a reconciler thread, a content-assist request and a hover of
 * the same design never see a half-updated model.
 */
public final class LiveDesign {
	/** A text edit of an open document, recorded when it happens and applied to the model when it is next read. */
	private record Edit(int offset, int length, String text) {
	}

	/** An open editor's document and the edits the model has not seen yet. */
	private final class OpenFile implements IDocumentListener {
		final Path path;
		final IDocument document;
		final ConcurrentLinkedQueue<Edit> pending = new ConcurrentLinkedQueue<>();
		final List<Runnable> listeners = new ArrayList<>();

		OpenFile(Path path, IDocument document) {
			this.path = path;
			this.document = document;
		}

		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			pending.add(new Edit(event.getOffset(), event.getLength(), event.getText() != null ? event.getText() : ""));
			modified = true;
		}
	}

	private final Path root;
	private final Injector injector;
	private final ReentrantLock lock = new ReentrantLock();
	private final Map<Path, OpenFile> open = new LinkedHashMap<>();
	private LoadedDesign design;
	/** Set when the files of the design changed on disk (or were added or removed): reload before next use. */
	private volatile boolean stale = true;
	/** Set when an open file changed: the other files' links into it must be resolved again. */
	private volatile boolean modified;
	/** Counts the changes of the model: edits applied and reloads. */
	private volatile long version;

	LiveDesign(Path root, Injector injector) {
		this.root = root;
		this.injector = injector;
	}

	public Path root() {
		return root;
	}

	/**
	 * A number that changes whenever the model of the design changes (an edit of any open file applied, the design
	 * reloaded): what was computed from the model at one version still holds while the version is the same.
	 */
	public long version() {
		return version;
	}

	void open(Path file, IDocument document, Runnable onDesignChanged) {
		lock.lock();
		try {
			OpenFile state = open.computeIfAbsent(file, f -> {
				OpenFile created = new OpenFile(f, document);
				document.addDocumentListener(created);
				return created;
			});
			state.listeners.add(onDesignChanged);
			stale = true;
		} finally {
			lock.unlock();
		}
	}

	/** Returns true when no editor shows a file of the design any more. */
	boolean close(Path file, Runnable onDesignChanged) {
		lock.lock();
		try {
			OpenFile state = open.get(file);
			if (state != null) {
				state.listeners.remove(onDesignChanged);
				if (state.listeners.isEmpty()) {
					state.document.removeDocumentListener(state);
					open.remove(file);
					stale = true; // the file's model must come from disk again
				}
			}
			return open.isEmpty();
		} finally {
			lock.unlock();
		}
	}

	/** Marks the design for reloading (files changed on disk, added or removed). */
	void invalidate() {
		stale = true;
	}

	boolean isOpen(Path file) {
		lock.lock();
		try {
			return open.containsKey(file);
		} finally {
			lock.unlock();
		}
	}

	/**
	 * Reads the model of an open file, brought up to date with its document, under the design's lock. Returns null
	 * when the file is not part of the design (or the design cannot be read).
	 */
	public <T> T read(Path file, Function<XtextResource, T> reader) {
		lock.lock();
		try {
			XtextResource resource = synchronize(file);
			return resource != null ? reader.apply(resource) : null;
		} finally {
			lock.unlock();
		}
	}

	/**
	 * What the design computes to (sizing, placement, failures), up to date with the open documents: the analysis
	 * the rules read, shared with them. Read the model elements it refers to under {@link #readDesign}.
	 */
	public <T> T readAnalysis(java.util.function.BiFunction<LoadedDesign, DesignAnalysis, T> reader) {
		return readDesign(loaded -> reader.apply(loaded,
				injector.getInstance(RuleRunner.class).analysis(loaded.resourceSet())));
	}

	/** Reads the loaded design as a whole (all files up to date), under the design's lock. */
	public <T> T readDesign(Function<LoadedDesign, T> reader) {
		lock.lock();
		try {
			for (Path file : List.copyOf(open.keySet())) {
				synchronize(file);
			}
			relinkIfModified();
			return design != null ? reader.apply(design) : null;
		} finally {
			lock.unlock();
		}
	}

	/**
	 * The findings of an open file: {@link CheckMode#FAST_ONLY} for the per-file checks, {@link CheckMode#ALL} for
	 * those and the planning-guide rules over the whole design.
	 */
	public List<Finding> validate(Path file, CheckMode mode, CancelIndicator cancel) {
		lock.lock();
		try {
			XtextResource resource = synchronize(file);
			if (resource == null) {
				return List.of();
			}
			if (mode != CheckMode.FAST_ONLY) {
				relinkIfModified();
			}
			return injector.getInstance(DesignValidator.class).validate(design, resource, mode, cancel);
		} finally {
			lock.unlock();
		}
	}

	/** Tells every editor of the design except the one given that the design changed. */
	public void notifyOthers(Path changed) {
		List<Runnable> listeners = new ArrayList<>();
		lock.lock();
		try {
			open.values().stream().filter(f -> !f.path.equals(changed)).forEach(f -> listeners.addAll(f.listeners));
		} finally {
			lock.unlock();
		}
		listeners.forEach(Runnable::run);
	}

	private XtextResource synchronize(Path file) {
		if (stale) {
			reload();
		}
		if (design == null) {
			return null;
		}
		Resource resource = design.resourceSet().getResource(uri(file), false);
		if (!(resource instanceof XtextResource xtext)) {
			return null;
		}
		OpenFile state = open.get(file);
		if (state != null) {
			applyPending(state, xtext);
		}
		return xtext;
	}

	private void applyPending(OpenFile state, XtextResource resource) {
		Edit edit;
		boolean changed = false;
		try {
			while ((edit = state.pending.poll()) != null) {
				resource.update(edit.offset(), edit.length(), edit.text());
				changed = true;
				version++;
			}
		} catch (RuntimeException e) {
			// the partial parser could not follow: parse the whole text again
			state.pending.clear();
			reparse(state, resource);
			return;
		}
		if (changed && state.pending.isEmpty() && resource.getParseResult() != null
				&& resource.getParseResult().getRootNode().getTotalLength() != state.document.getLength()) {
			reparse(state, resource);
		}
	}

	private void reparse(OpenFile state, XtextResource resource) {
		version++;
		try {
			resource.reparse(state.document.get());
		} catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private void relinkIfModified() {
		if (modified && design != null) {
			modified = false;
			for (Resource resource : List.copyOf(design.resourceSet().getResources())) {
				if (resource instanceof XtextResource xtext) {
					xtext.relink();
				}
			}
		}
	}

	private void reload() {
		version++;
		stale = false;
		modified = false;
		Map<Path, String> texts = new LinkedHashMap<>();
		for (OpenFile state : open.values()) {
			state.pending.clear();
			texts.put(state.path, state.document.get());
		}
		try {
			DesignScope scope = DesignScope.of(root);
			List<Path> files = new ArrayList<>(scope.files());
			// an open file outside the scope (e.g. just created, not yet on disk) still belongs to its editor's design
			for (Path path : open.keySet()) {
				if (!files.contains(path)) {
					files.add(path);
				}
			}
			DesignScope withOpen = new DesignScope(scope.root(), files, scope.marked());
			unload();
			DesignLoader loader = injector.getInstance(DesignLoader.class);
			try {
				design = loader.load(withOpen, texts);
			} catch (DesignInputException unreadable) {
				// a closed file of the design is not UTF-8 or too large: the builder reports it; the editors go on
				// with what can be read of it
				for (Path file : files) {
					texts.computeIfAbsent(file, LiveDesign::readLeniently);
				}
				design = loader.load(withOpen, texts);
			}
		} catch (DesignInputException e) {
			unload();
			design = null;
		}
	}

	private static String readLeniently(Path file) {
		try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
			return SourceText.decodeLeniently(in.readNBytes(SourceText.MAX_FILE_BYTES));
		} catch (java.io.IOException e) {
			return "";
		}
	}

	void dispose() {
		lock.lock();
		try {
			for (OpenFile state : open.values()) {
				state.document.removeDocumentListener(state);
			}
			open.clear();
			unload();
		} finally {
			lock.unlock();
		}
	}

	private void unload() {
		if (design != null) {
			for (Resource resource : List.copyOf(design.resourceSet().getResources())) {
				resource.unload();
			}
			design.resourceSet().getResources().clear();
			design = null;
		}
	}

	static URI uri(Path file) {
		return URI.createFileURI(file.toAbsolutePath().normalize().toString());
	}
}
