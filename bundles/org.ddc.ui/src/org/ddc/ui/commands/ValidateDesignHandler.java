package org.ddc.ui.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ddc.ui.DdcUiPlugin;
import org.ddc.ui.editor.DdcEditor;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Validate Design (Ctrl+Alt+V in the editor; context menu of projects, folders and .ddc files): validates the
 * designs under the selection, or the design of the active editor's file, in a background job.
 */
public class ValidateDesignHandler extends AbstractHandler {
	@Override
	public Object execute(ExecutionEvent event) {
		List<IResource> resources = resources(HandlerUtil.getActivePart(event) instanceof IEditorPart editor
				? editor
				: null, HandlerUtil.getCurrentSelection(event));
		try {
			List<Path> roots = ValidateDesignJob.rootsUnder(resources);
			if (!roots.isEmpty()) {
				new ValidateDesignJob(roots).schedule();
			}
		} catch (CoreException e) {
			DdcUiPlugin.log("could not find the designs to validate", e);
		}
		return null;
	}

	/** The resources to validate: the active ddc editor's file, else the selected resources. */
	static List<IResource> resources(IEditorPart editor, ISelection selection) {
		List<IResource> resources = new ArrayList<>();
		if (editor instanceof DdcEditor ddc && ddc.file() != null) {
			resources.add(ddc.file());
		} else if (selection instanceof IStructuredSelection structured) {
			for (Object element : structured) {
				IResource resource = Adapters.adapt(element, IResource.class);
				if (resource != null) {
					resources.add(resource);
				}
			}
		}
		return resources;
	}
}
