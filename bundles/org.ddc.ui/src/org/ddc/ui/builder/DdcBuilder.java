package org.ddc.ui.builder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ddc.dsl.load.DesignInputException;
import org.ddc.dsl.load.DesignLoader;
import org.ddc.dsl.load.DesignScope;
import org.ddc.dsl.load.LoadedDesign;
import org.ddc.dsl.validation.DesignValidator;
import org.ddc.dsl.validation.Finding;
import org.ddc.rules.Severity;
import org.ddc.ui.DdcUiPlugin;
import org.ddc.ui.design.WorkspaceDesigns;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.resource.Resource;

import com.google.inject.Injector;

/**
 * Keeps ddc's Problems-view markers in step with the saved files: after a change, every design (see
 * {@link WorkspaceDesigns}) that holds a changed .ddc or ddc.properties file is validated as a whole, exactly as
 * {@code ddc validate} validates it, and the markers of all its files are replaced.
 */
public class DdcBuilder extends IncrementalProjectBuilder {
	public static final String ID = "org.ddc.ui.builder";

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
		Set<Path> roots = delta == null ? WorkspaceDesigns.roots(getProject()) : affectedRoots(delta);
		SubMonitor progress = SubMonitor.convert(monitor, "Validating ddc designs", roots.size());
		for (Path root : roots) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			progress.subTask(root.getFileName() != null ? root.getFileName().toString() : root.toString());
			validate(root);
			progress.worked(1);
		}
		return null;
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		getProject().deleteMarkers(Markers.TYPE, false, IResource.DEPTH_INFINITE);
	}

	/** The roots of the designs that hold a changed design or settings file. */
	private Set<Path> affectedRoots(IResourceDelta delta) throws CoreException {
		Set<Path> roots = new LinkedHashSet<>();
		delta.accept(child -> {
			IResource resource = child.getResource();
			if (WorkspaceDesigns.isDesignFile(resource) || WorkspaceDesigns.isSettingsFile(resource)) {
				Path root = WorkspaceDesigns.rootOf(resource);
				if (root != null) {
					roots.add(root);
				}
				if (WorkspaceDesigns.isSettingsFile(resource) && resource.getParent().getParent() != null) {
					// a settings file added or removed moves the files below it out of or into the design around
					// its folder (its own root, if it still is one, came from rootOf above)
					Path outer = WorkspaceDesigns.rootOf(resource.getParent().getParent());
					if (outer != null) {
						roots.add(outer);
					}
				}
			}
			return true;
		});
		return roots;
	}

	/** Validates one design from the saved files and replaces the markers of its files. */
	public static void validate(Path root) throws CoreException {
		if (!Files.isDirectory(root)) {
			return;
		}
		Injector injector = DdcUiPlugin.getDefault().injector();
		DesignScope scope;
		List<Finding> findings;
		try {
			scope = DesignScope.of(root);
			if (scope.files().isEmpty()) {
				findings = List.of();
			} else {
				LoadedDesign design = injector.getInstance(DesignLoader.class).load(scope, Map.of());
				findings = injector.getInstance(DesignValidator.class).validate(design);
				unload(design);
			}
		} catch (DesignInputException e) {
			IResource folder = WorkspaceDesigns.container(root);
			if (folder != null) {
				folder.deleteMarkers(Markers.TYPE, false, IResource.DEPTH_ZERO);
				folder.createMarker(Markers.TYPE, Markers.attributes(new Finding(root.toString(), 1, 1,
						Severity.ERROR, "DDC-INPUT", e.getMessage())));
			}
			return;
		}
		List<Path> files = new ArrayList<>(scope.files());
		if (scope.settingsFile() != null) {
			files.add(scope.settingsFile());
		}
		for (Path file : files) {
			IFile member = WorkspaceDesigns.file(file);
			if (member != null && member.exists()) {
				String path = file.toString();
				Markers.replace(member, findings.stream().filter(f -> f.file().equals(path)).toList());
			}
		}
	}

	private static void unload(LoadedDesign design) {
		for (Resource resource : List.copyOf(design.resourceSet().getResources())) {
			resource.unload();
		}
		design.resourceSet().getResources().clear();
	}
}
