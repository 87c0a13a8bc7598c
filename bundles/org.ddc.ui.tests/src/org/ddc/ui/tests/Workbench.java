package org.ddc.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.ddc.ui.builder.DdcNature;
import org.ddc.ui.builder.Markers;
import org.ddc.ui.editor.DdcEditor;
import org.ddc.ui.editor.FindingAnnotation;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/**
 * Drives a real workbench for tests, without SWTBot: projects and files through the resources API, editors through
 * the IDE API, and waiting by running the UI event loop until a condition holds.
 */
public final class Workbench {
	/** The repository's examples folder, passed by the build. */
	public static final Path EXAMPLES = Path.of(System.getProperty("ddc.examples", "../../examples")).toAbsolutePath()
			.normalize();
	private static final long TIMEOUT_MS = 30_000;

	private Workbench() {
	}

	/** A new project with the ddc nature holding the given files (path → text); an old one of that name goes. */
	public static IProject project(String name, Map<String, String> files) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		DdcNature.add(project, null);
		for (Map.Entry<String, String> file : files.entrySet()) {
			write(project.getFile(file.getKey()), file.getValue());
		}
		return project;
	}

	/** A project holding a copy of the examples folder. */
	public static IProject examples(String name) throws Exception {
		IProject project = project(name, Map.of());
		try (Stream<Path> walk = Files.walk(EXAMPLES)) {
			for (Path path : walk.filter(Files::isRegularFile)
					.filter(p -> !p.getFileName().toString().startsWith(".")).toList()) {
				write(project.getFile(EXAMPLES.relativize(path).toString()), Files.readString(path));
			}
		}
		return project;
	}

	/** Writes a file (creating folders), as a user saving from outside an editor would. */
	public static IFile write(IFile file, String text) throws CoreException {
		create(file.getParent());
		ByteArrayInputStream content = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(content, IResource.FORCE, null);
		} else {
			file.create(content, IResource.FORCE, null);
		}
		return file;
	}

	private static void create(IContainer container) throws CoreException {
		if (container instanceof IFolder folder && !folder.exists()) {
			create(folder.getParent());
			folder.create(true, true, null);
		}
	}

	/** Builds the workspace and waits for the builder and other jobs to finish. */
	public static void build() throws CoreException {
		ResourcesPlugin.getWorkspace().build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
		settle();
	}

	/** ddc's markers on a resource. */
	public static List<IMarker> markers(IResource resource) throws CoreException {
		return List.of(resource.findMarkers(Markers.TYPE, true, IResource.DEPTH_INFINITE));
	}

	/** Opens a file in the ddc editor. */
	public static DdcEditor open(IFile file) throws CoreException {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		return (DdcEditor) IDE.openEditor(page, file, DdcEditor.ID, true);
	}

	/** Closes all editors without saving. */
	public static void closeEditors() {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
		settle();
	}

	/** The live findings shown in an editor. */
	public static List<FindingAnnotation> annotations(DdcEditor editor) {
		List<FindingAnnotation> found = new ArrayList<>();
		IAnnotationModel model = editor.annotationModel();
		if (model != null) {
			for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
				if (it.next() instanceof FindingAnnotation annotation) {
					found.add(annotation);
				}
			}
		}
		return found;
	}

	/** Runs the event loop until the condition holds; fails after 30 s with the message. */
	public static void waitUntil(String what, BooleanSupplier condition) {
		long end = System.currentTimeMillis() + TIMEOUT_MS;
		Display display = Display.getCurrent();
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				fail("timed out waiting until " + what);
			}
			if (display != null && !display.readAndDispatch()) {
				try {
					Thread.sleep(10);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	/** Processes pending UI events and waits for running jobs (builds, validation) to end. */
	public static void settle() {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + TIMEOUT_MS;
		do {
			while (display != null && display.readAndDispatch()) {
				// drain
			}
			if (Job.getJobManager().isIdle()) {
				break;
			}
			try {
				Thread.sleep(10);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		} while (System.currentTimeMillis() < end);
		while (display != null && display.readAndDispatch()) {
			// drain
		}
	}
}
