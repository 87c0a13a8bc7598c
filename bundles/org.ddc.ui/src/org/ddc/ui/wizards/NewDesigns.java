package org.ddc.ui.wizards;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ddc.dsl.load.DesignInputException;
import org.ddc.dsl.load.DesignScope;
import org.ddc.templates.StarterDesign;
import org.ddc.ui.DdcUiPlugin;
import org.ddc.ui.builder.DdcNature;
import org.ddc.ui.design.WorkspaceDesigns;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

/**
 * What the New ddc Design wizards create, without any UI (the wizards and tests call it). The text comes from the
 * starter design of org.ddc.templates, the one {@code ddc new} writes.
 */
public final class NewDesigns {

	private NewDesigns() {
	}

	private static StarterDesign starter() {
		return DdcUiPlugin.getDefault().injector().getInstance(StarterDesign.class);
	}

	/**
	 * Creates a ddc project: the project (at {@code location}, or in the workspace for null), the ddc nature and the
	 * starter design named after the project. Returns the starter's design.ddc.
	 */
	public static IFile project(String name, URI location, StarterDesign.Settings settings, IProgressMonitor monitor)
			throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Creating ddc project " + name, 4);
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription(name);
		description.setLocationURI(location);
		project.create(description, progress.split(1));
		project.open(progress.split(1));
		return design(project, name, settings, progress.split(2));
	}

	/**
	 * Writes the starter design's files into a folder (created with its parents when missing) and gives the project
	 * the ddc nature; never replaces a file. Returns design.ddc.
	 *
	 * @throws CoreException when {@link #conflicts} finds files in the way, or the workspace cannot write
	 */
	public static IFile design(IContainer folder, String name, StarterDesign.Settings settings,
			IProgressMonitor monitor) throws CoreException {
		List<String> conflicts = conflicts(folder);
		if (!conflicts.isEmpty()) {
			throw new CoreException(Status.error(conflicts.get(0)));
		}
		Map<String, String> files = starter().files(name, settings);
		SubMonitor progress = SubMonitor.convert(monitor, "Creating the ddc design " + name, files.size() + 2);
		createFolders(folder, progress.split(1));
		if (!folder.getProject().hasNature(DdcNature.ID)) {
			DdcNature.add(folder.getProject(), progress.split(1));
		}
		for (Map.Entry<String, String> file : files.entrySet()) {
			create(folder.getFile(IPath.fromOSString(file.getKey())), file.getValue(), progress.split(1));
		}
		return folder.getFile(IPath.fromOSString(StarterDesign.MAIN_FILE));
	}

	/**
	 * Why the starter cannot be written into a folder: starter files that exist there, or .ddc files below it that
	 * would join the new design. Empty when it can.
	 */
	public static List<String> conflicts(IContainer folder) {
		List<String> conflicts = new ArrayList<>();
		if (!folder.exists()) {
			return conflicts;
		}
		for (String name : StarterDesign.FILES) {
			IFile file = folder.getFile(IPath.fromOSString(name));
			if (file.exists()) {
				conflicts.add(file.getFullPath() + " exists; a new design never overwrites files: choose another folder");
			}
		}
		if (conflicts.isEmpty() && folder.getLocation() != null) {
			try {
				List<java.nio.file.Path> others = DesignScope.of(folder.getLocation().toPath()).files();
				if (!others.isEmpty()) {
					conflicts.add(folder.getFullPath() + " holds .ddc files already (" + others.get(0).getFileName()
							+ (others.size() > 1 ? " and " + (others.size() - 1) + " more" : "")
							+ "), which would become part of the new design: choose an empty or new folder");
				}
			} catch (DesignInputException e) {
				conflicts.add(e.getMessage());
			}
		}
		return conflicts;
	}

	/**
	 * Creates a .ddc file in a folder: the starter design in one file when the folder's design has no .ddc file yet,
	 * else a file for more elements of that design (a second design header would be an error).
	 */
	public static IFile file(IContainer folder, String fileName, StarterDesign.Settings settings,
			IProgressMonitor monitor) throws CoreException {
		String name = fileName.endsWith(".ddc") ? fileName : fileName + ".ddc";
		IFile file = folder.getFile(IPath.fromOSString(name));
		String designName = name.substring(0, name.length() - ".ddc".length());
		String text = hasDesignFiles(folder) ? more(designName) : starter().singleFile(designName, settings);
		return create(file, text, monitor);
	}

	private static String more(String fileName) {
		return "// " + fileName + ": more elements of the design of this folder (the design header is in another"
				+ " file).\n// Type an element keyword, or Ctrl+Space for templates: workload, host-design, switch, …\n";
	}

	/** Whether the design the folder belongs to has .ddc files already. */
	static boolean hasDesignFiles(IContainer folder) {
		java.nio.file.Path root = WorkspaceDesigns.rootOf(folder);
		try {
			return root != null && !DesignScope.of(root).files().isEmpty();
		} catch (DesignInputException e) {
			return false;
		}
	}

	private static void createFolders(IContainer container, IProgressMonitor monitor) throws CoreException {
		if (container instanceof IFolder folder && !folder.exists()) {
			createFolders(folder.getParent(), monitor);
			folder.create(false, true, monitor);
		}
	}

	/** Creates a new file; fails when it exists (nothing the user wrote is replaced). */
	private static IFile create(IFile file, String text, IProgressMonitor monitor) throws CoreException {
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), false, monitor);
		file.setCharset("UTF-8", null);
		return file;
	}
}
