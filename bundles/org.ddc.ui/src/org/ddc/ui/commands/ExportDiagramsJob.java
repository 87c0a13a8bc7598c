package org.ddc.ui.commands;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ddc.diagram.DiagramInput;
import org.ddc.diagram.Diagrams;
import org.ddc.report.ReportBuilder;
import org.ddc.report.write.DesignDiagrams;
import org.ddc.report.write.DesignReports;
import org.ddc.ui.diagram.SvgRaster;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Export Diagrams: loads, validates and analyses each design from its saved files and writes its diagrams through
 * {@link DesignDiagrams} (as {@code ddc diagram} does: "rack.svg", "network.svg", "storage.svg", several designs in a
 * sub-folder each) into the project's {@value #FOLDER} folder, with a PNG picture of each beside it ("rack.png", drawn
 * by JSVG at {@value #PNG_SCALE}× for sharp prints and high-resolution screens). Everything is written at once; a
 * folder holding files ddc did not write is not overwritten (an error status says so); cancelling leaves it as it was.
 */
public class ExportDiagramsJob extends SavedDesignsJob {
	/** The project folder the diagrams go into. */
	public static final String FOLDER = "diagrams";
	/** Pixels per SVG unit of the PNG pictures (reduced for very large diagrams, see {@link SvgRaster#fit}). */
	public static final double PNG_SCALE = 2;
	/** The family of these jobs, for waiting on them. */
	public static final Object FAMILY = ExportDiagramsJob.class;

	public ExportDiagramsJob(IProject project, List<Path> roots) {
		super("Exporting the diagrams of " + project.getName(), project, roots,
				"No .ddc files in the selection: no diagrams exported", "The diagrams were not exported: ");
	}

	@Override
	int stepsPerDesign() {
		return Diagrams.kinds().size();
	}

	@Override
	void write(List<DesignReports.Design> designs, SubMonitor progress) throws IOException, CoreException {
		List<DiagramInput> inputs = new ArrayList<>();
		for (DesignReports.Design design : designs) {
			inputs.add(DiagramInput.of(ReportBuilder.designName(design.design(), design.analysis()), design.design(),
					design.findings(), design.analysis(), List.of()));
		}
		IFolder folder = project.getFolder(FOLDER);
		DesignDiagrams.write(inputs, Diagrams.kinds(), folder.getLocation().toPath(), false,
				Map.of("png", (diagram, svg, out) -> {
					if (progress.isCanceled()) {
						throw new InterruptedIOException("cancelled");
					}
					progress.subTask(diagram.title());
					SvgRaster.writePng(svg, PNG_SCALE, out);
					progress.worked(1);
				}));
		folder.refreshLocal(IResource.DEPTH_INFINITE, progress.newChild(1));
	}
}
