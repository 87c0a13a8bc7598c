package org.ddc.studio;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ddc.ui.builder.DdcNature;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/**
 * {@code ddc-studio FILE|FOLDER...}: brings the project of each path into the workspace (the folder's Eclipse
 * project if it has one, else a new ddc project at the design's folder) and opens the .ddc files given.
 */
public class OpenFromCommandLine implements IStartup {

	@Override
	public void earlyStartup() {
		if (Boolean.getBoolean("ddc.timing")) {
			long sinceStart = System.currentTimeMillis()
					- java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
			System.out.println("ddc Studio: workbench ready " + sinceStart + " ms after the JVM started");
		}
		List<Path> paths = new ArrayList<>();
		for (String arg : Platform.getApplicationArgs()) {
			if (!arg.startsWith("-")) {
				Path path = Path.of(arg).toAbsolutePath().normalize();
				if (Files.exists(path)) {
					paths.add(path);
				}
			}
		}
		if (paths.isEmpty()) {
			return;
		}
		List<IFile> files = new ArrayList<>();
		try {
			for (Path path : paths) {
				importProject(path);
				if (Files.isRegularFile(path)) {
					IFile file = ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(IPath.fromPath(path));
					if (file != null) {
						files.add(file);
					}
				}
			}
		} catch (CoreException e) {
			ILog.of(OpenFromCommandLine.class).error("could not open " + paths, e);
			return;
		}
		PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
			// opened on designs from the command line: use the whole screen (bounds too, for displays without a
			// window manager)
			org.eclipse.swt.widgets.Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
			shell.setBounds(shell.getDisplay().getPrimaryMonitor().getClientArea());
			shell.setMaximized(true);
			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			for (IFile file : files) {
				try {
					IDE.openEditor(page, file, true);
				} catch (PartInitException e) {
					ILog.of(OpenFromCommandLine.class).error("could not open " + file, e);
				}
			}
		});
	}

	/** The workspace project holding a path: an existing Eclipse project above it, or a new ddc project. */
	static IProject importProject(Path path) throws CoreException {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		Path folder = Files.isDirectory(path) ? path : path.getParent();
		for (Path candidate = folder; candidate != null; candidate = candidate.getParent()) {
			if (Files.isRegularFile(candidate.resolve(".project"))) {
				IProjectDescription description = workspace
						.loadProjectDescription(IPath.fromPath(candidate.resolve(".project")));
				return openProject(workspace.getRoot().getProject(description.getName()), description);
			}
		}
		IProjectDescription description = workspace.newProjectDescription(folder.getFileName().toString());
		description.setLocation(IPath.fromPath(folder));
		IProject project = openProject(workspace.getRoot().getProject(description.getName()), description);
		DdcNature.add(project, null);
		return project;
	}

	private static IProject openProject(IProject project, IProjectDescription description) throws CoreException {
		if (!project.exists()) {
			project.create(description, null);
		}
		if (!project.isOpen()) {
			project.open(null);
		}
		project.refreshLocal(IProject.DEPTH_INFINITE, null);
		return project;
	}
}
