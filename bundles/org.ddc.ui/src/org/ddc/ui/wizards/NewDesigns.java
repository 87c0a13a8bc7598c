package org.ddc.ui.wizards;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.ddc.dsl.load.DesignScope;
import org.ddc.ui.builder.DdcNature;
import org.ddc.ui.design.WorkspaceDesigns;
import org.ddc.ui.preferences.NewDesignPreferences;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/** What the New ddc Design wizards create, without any UI (the wizards and tests call it). */
public final class NewDesigns {
	/** The settings file that marks a folder as the root of one design. */
	static final String SETTINGS = DesignScope.MARKER;
	static final String SETTINGS_TEXT = """
			# This folder is one ddc design: every .ddc file below it belongs to it.
			# Rule levels for the design go here, one per line:
			#   rule.IPD-5-05 = warning      (error, warning, info or off)
			""";

	private NewDesigns() {
	}

	/**
	 * Creates a ddc project: the project (at {@code location}, or in the workspace for null), the ddc nature, a
	 * ddc.properties marking the design root and a starter design named after the project. Returns the starter.
	 */
	public static IFile project(String name, URI location, NewDesignPreferences.Settings settings,
			IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Creating ddc project " + name, 4);
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription(name);
		description.setLocationURI(location);
		project.create(description, progress.split(1));
		project.open(progress.split(1));
		DdcNature.add(project, progress.split(1));
		create(project.getFile(SETTINGS), SETTINGS_TEXT, null);
		return create(project.getFile(fileName(name)), StarterDesign.text(name, settings), progress.split(1));
	}

	/**
	 * Creates a .ddc file in a folder: the starter design when the folder's design has no .ddc file yet, else a
	 * file for more elements of that design (a second design header would be an error).
	 */
	public static IFile file(IContainer folder, String fileName, NewDesignPreferences.Settings settings,
			IProgressMonitor monitor) throws CoreException {
		String name = fileName.endsWith(".ddc") ? fileName : fileName + ".ddc";
		IFile file = folder.getFile(org.eclipse.core.runtime.IPath.fromOSString(name));
		String designName = name.substring(0, name.length() - ".ddc".length());
		String text = hasDesignFiles(folder) ? more(designName) : StarterDesign.text(designName, settings);
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
		} catch (org.ddc.dsl.load.DesignInputException e) {
			return false;
		}
	}

	static String fileName(String designName) {
		String base = designName.strip().replaceAll("[^A-Za-z0-9_.-]+", "-");
		return (base.isEmpty() ? "design" : base) + ".ddc";
	}

	private static IFile create(IFile file, String text, IProgressMonitor monitor) throws CoreException {
		ByteArrayInputStream content = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(content, IResource.KEEP_HISTORY, monitor);
		} else {
			file.create(content, IResource.FORCE, monitor);
		}
		file.setCharset("UTF-8", null);
		return file;
	}
}
