package org.ddc.ui.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.ddc.ui.DdcUiPlugin;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Generate Tables A-1 … A-7 (context menu of projects and .ddc files, and of the ddc editor): writes the report of
 * the designs under the selection into the project's {@value GenerateReportJob#FOLDER} folder in a background job,
 * then opens the HTML page.
 */
public class GenerateReportHandler extends AbstractHandler {
	@Override
	public Object execute(ExecutionEvent event) {
		perProject(event, "report on", GenerateReportJob::new);
		return null;
	}

	/**
	 * Schedules a job per project for the designs under the selection (or of the active ddc editor's file): the
	 * report here, the diagram export too.
	 */
	static void perProject(ExecutionEvent event, String what, BiFunction<IProject, List<Path>, Job> job) {
		List<IResource> resources = ValidateDesignHandler.resources(
				HandlerUtil.getActivePart(event) instanceof IEditorPart editor ? editor : null,
				HandlerUtil.getCurrentSelection(event));
		Map<IProject, List<IResource>> byProject = new LinkedHashMap<>();
		for (IResource resource : resources) {
			if (resource.getProject() != null) {
				byProject.computeIfAbsent(resource.getProject(), p -> new ArrayList<>()).add(resource);
			}
		}
		try {
			for (Map.Entry<IProject, List<IResource>> entry : byProject.entrySet()) {
				List<Path> roots = ValidateDesignJob.rootsUnder(entry.getValue());
				if (!roots.isEmpty()) {
					job.apply(entry.getKey(), roots).schedule();
				}
			}
		} catch (CoreException e) {
			DdcUiPlugin.log("could not find the designs to " + what, e);
		}
	}
}
