package org.ddc.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

/**
 * Export Diagrams (context menu of projects and .ddc files, and of the ddc editor): writes the diagrams of the designs
 * under the selection into the project's {@value ExportDiagramsJob#FOLDER} folder in a background job.
 */
public class ExportDiagramsHandler extends AbstractHandler {
	@Override
	public Object execute(ExecutionEvent event) {
		GenerateReportHandler.perProject(event, "draw", ExportDiagramsJob::new);
		return null;
	}
}
