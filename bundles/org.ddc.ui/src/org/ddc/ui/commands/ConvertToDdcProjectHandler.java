package org.ddc.ui.commands;

import java.util.LinkedHashSet;
import java.util.Set;

import org.ddc.ui.builder.DdcNature;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

/** Configure → Convert to ddc Project: adds the ddc nature (and builder) to the selected projects. */
public class ConvertToDdcProjectHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Set<IProject> projects = projects(HandlerUtil.getCurrentSelection(event));
		IWorkspaceRunnable convert = monitor -> {
			for (IProject project : projects) {
				DdcNature.add(project, monitor);
			}
		};
		try {
			ResourcesPlugin.getWorkspace().run(convert, null);
		} catch (CoreException e) {
			org.ddc.ui.DdcUiPlugin.log("could not add the ddc nature", e);
		}
		return null;
	}

	static Set<IProject> projects(ISelection selection) {
		Set<IProject> projects = new LinkedHashSet<>();
		if (selection instanceof IStructuredSelection structured) {
			for (Object element : structured) {
				IResource resource = Adapters.adapt(element, IResource.class);
				if (resource != null && resource.getProject() != null && resource.getProject().isOpen()) {
					projects.add(resource.getProject());
				}
			}
		}
		return projects;
	}
}
