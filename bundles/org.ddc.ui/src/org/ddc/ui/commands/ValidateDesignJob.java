package org.ddc.ui.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ddc.ui.DdcUiPlugin;
import org.ddc.ui.builder.DdcBuilder;
import org.ddc.ui.design.WorkspaceDesigns;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Validate Design: the full check ({@link DdcBuilder#validate(Path)}, as the builder and {@code ddc validate} run
 * it) of every design under the selected resources, whether or not their project has the ddc nature; one unit of
 * progress per design, cancellable between designs. Markers of each design are replaced as it is done.
 */
public class ValidateDesignJob extends Job {
	private final List<Path> roots;

	public ValidateDesignJob(List<Path> roots) {
		super(roots.size() == 1 ? "Validating ddc design " + name(roots.get(0)) : "Validating " + roots.size() + " ddc designs");
		this.roots = List.copyOf(roots);
		setUser(true);
		setRule(ResourcesPlugin.getWorkspace().getRuleFactory().buildRule());
	}

	public List<Path> roots() {
		return roots;
	}

	@Override
	public IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), roots.size());
		for (Path root : roots) {
			if (progress.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			progress.subTask(name(root));
			try {
				ResourcesPlugin.getWorkspace().run(m -> DdcBuilder.validate(root), null, 0, null);
			} catch (CoreException e) {
				DdcUiPlugin.log("could not validate the design in " + root, e);
			}
			progress.worked(1);
		}
		return Status.OK_STATUS;
	}

	private static String name(Path root) {
		return root.getFileName() != null ? root.getFileName().toString() : root.toString();
	}

	/**
	 * The roots of the designs under the resources: the design a resource belongs to and every design (folder with
	 * a ddc.properties) below it; in workspace order, each once.
	 */
	public static List<Path> rootsUnder(Iterable<? extends IResource> resources) throws CoreException {
		Set<Path> roots = new LinkedHashSet<>();
		for (IResource resource : resources) {
			if (resource instanceof IWorkspaceRoot workspace) {
				for (IProject project : workspace.getProjects()) {
					if (project.isOpen()) {
						roots.addAll(WorkspaceDesigns.roots(project));
					}
				}
				continue;
			}
			if (resource == null || !resource.isAccessible() || resource.getProject() == null) {
				continue;
			}
			Path own = WorkspaceDesigns.rootOf(resource);
			if (own != null) {
				roots.add(own);
			}
			if (resource instanceof IContainer container) {
				roots.addAll(rootsBelow(container));
			}
		}
		return new ArrayList<>(roots);
	}

	private static Set<Path> rootsBelow(IContainer container) throws CoreException {
		Set<Path> roots = new LinkedHashSet<>();
		container.accept(member -> {
			if (member.getName().startsWith(".") && member != container) {
				return false;
			}
			if (WorkspaceDesigns.isSettingsFile(member)) {
				roots.add(WorkspaceDesigns.path(member.getParent().getLocation()));
			}
			return true;
		});
		return roots;
	}
}
