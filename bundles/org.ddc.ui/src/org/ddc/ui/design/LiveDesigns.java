package org.ddc.ui.design;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ddc.ui.DdcUiPlugin;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;

/**
 * The live designs of the open editors, one per design root (see {@link WorkspaceDesigns}): editors of files of
 * the same design share one model, so a name declared in one open file resolves in another before either is
 * saved. Files of an open design that change on disk, appear or disappear make the design reload and its editors
 * revalidate.
 */
public final class LiveDesigns implements IResourceChangeListener {
	private static LiveDesigns instance;
	private final Map<Path, LiveDesign> designs = new LinkedHashMap<>();

	private LiveDesigns() {
	}

	public static synchronized LiveDesigns get() {
		if (instance == null) {
			instance = new LiveDesigns();
			ResourcesPlugin.getWorkspace().addResourceChangeListener(instance, IResourceChangeEvent.POST_CHANGE);
		}
		return instance;
	}

	/**
	 * Connects an editor's document to the live design of its file; {@code onDesignChanged} is called (on any
	 * thread) when another file of the design changes. Returns null for a file outside any project.
	 */
	public synchronized LiveDesign connect(IFile file, IDocument document, Runnable onDesignChanged) {
		Path root = WorkspaceDesigns.rootOf(file);
		Path path = WorkspaceDesigns.path(file.getLocation());
		if (root == null || path == null) {
			return null;
		}
		LiveDesign design = designs.computeIfAbsent(root,
				r -> new LiveDesign(r, DdcUiPlugin.getDefault().injector()));
		design.open(path, document, onDesignChanged);
		return design;
	}

	public synchronized void disconnect(LiveDesign design, IFile file, Runnable onDesignChanged) {
		Path path = WorkspaceDesigns.path(file.getLocation());
		if (design != null && path != null && design.close(path, onDesignChanged)) {
			designs.remove(design.root());
			design.dispose();
		}
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		if (event.getDelta() == null) {
			return;
		}
		List<LiveDesign> changed = new ArrayList<>();
		try {
			event.getDelta().accept(delta -> {
				IResource resource = delta.getResource();
				boolean relevant = WorkspaceDesigns.isDesignFile(resource) || WorkspaceDesigns.isSettingsFile(resource);
				if (!relevant || (delta.getFlags() == IResourceDelta.MARKERS)) {
					return true;
				}
				Path path = WorkspaceDesigns.path(resource.getLocation());
				synchronized (this) {
					for (LiveDesign design : designs.values()) {
						if (path != null && path.startsWith(design.root()) && !changed.contains(design)
								&& (delta.getKind() != IResourceDelta.CHANGED || !design.isOpen(path))) {
							changed.add(design);
						}
					}
				}
				return true;
			});
		} catch (CoreException e) {
			DdcUiPlugin.log("could not follow workspace changes", e);
		}
		for (LiveDesign design : changed) {
			design.invalidate();
			design.notifyOthers(null);
		}
	}
}
