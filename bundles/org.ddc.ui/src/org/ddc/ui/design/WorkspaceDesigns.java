package org.ddc.ui.design;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ddc.dsl.load.DesignScope;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;

/**
 * The core's definition of a design ({@link DesignScope}) applied to the workspace: the design of a file is the
 * nearest folder with a {@code ddc.properties} inside its project, or else the project.
 */
public final class WorkspaceDesigns {
	private WorkspaceDesigns() {
	}

	/** Whether a workspace resource is a .ddc design file. */
	public static boolean isDesignFile(IResource resource) {
		return resource instanceof IFile && "ddc".equals(resource.getFileExtension());
	}

	/** Whether a workspace resource is a design's settings file. */
	public static boolean isSettingsFile(IResource resource) {
		return resource instanceof IFile && DesignScope.MARKER.equals(resource.getName());
	}

	/** The root folder (file system) of the design a workspace resource belongs to, or null outside a project. */
	public static Path rootOf(IResource resource) {
		IProject project = resource.getProject();
		Path location = path(resource.getLocation());
		Path projectLocation = project != null ? path(project.getLocation()) : null;
		if (location == null || projectLocation == null) {
			return null;
		}
		return DesignScope.rootOf(location, projectLocation);
	}

	/** The roots of every design in a project: the project itself and each folder with a ddc.properties. */
	public static Set<Path> roots(IProject project) throws CoreException {
		Set<Path> roots = new LinkedHashSet<>();
		Path projectLocation = path(project.getLocation());
		if (projectLocation == null) {
			return roots;
		}
		roots.add(projectLocation);
		project.accept(resource -> {
			if (resource.getName().startsWith(".") && resource.getType() != IResource.PROJECT) {
				return false;
			}
			if (isSettingsFile(resource)) {
				roots.add(path(resource.getParent().getLocation()));
			}
			return true;
		});
		return roots;
	}

	/** The workspace file at a file-system path, or null. */
	public static IFile file(Path path) {
		return ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(IPath.fromPath(path));
	}

	/** The workspace folder (or project) at a file-system path, or null. */
	public static IContainer container(Path path) {
		return ResourcesPlugin.getWorkspace().getRoot().getContainerForLocation(IPath.fromPath(path));
	}

	public static Path path(IPath location) {
		return location != null ? location.toPath().toAbsolutePath().normalize() : null;
	}

	/** The design files (workspace) of the design rooted at a folder. */
	public static List<IFile> files(DesignScope scope) {
		List<IFile> files = new ArrayList<>();
		for (Path file : scope.files()) {
			IFile member = file(file);
			if (member != null) {
				files.add(member);
			}
		}
		return files;
	}
}
