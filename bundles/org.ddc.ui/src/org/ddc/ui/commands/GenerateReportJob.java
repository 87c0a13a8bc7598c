package org.ddc.ui.commands;

import java.io.IOException;
import java.net.MalformedURLException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;

import org.ddc.report.ReportBuilder;
import org.ddc.report.write.DesignReports;
import org.ddc.report.write.HtmlWriter;
import org.ddc.report.write.ReportFormat;
import org.ddc.ui.DdcUiPlugin;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.browser.IWorkbenchBrowserSupport;

/**
 * Generate Tables A-1 … A-7: loads, validates and analyses each design from its saved files, writes the report (HTML,
 * Markdown, CSV, XLSX; see {@link DesignReports}) into the project's {@value #FOLDER} folder all at once, refreshes
 * the folder and opens the HTML page. Progress per design and format; cancelling leaves the folder as it was. A
 * report folder holding files ddc did not write is not overwritten: the job says so in an error status.
 */
public class GenerateReportJob extends SavedDesignsJob {
	/** The project folder the report goes into. */
	public static final String FOLDER = "reports";
	/** The family of these jobs, for waiting on them. */
	public static final Object FAMILY = GenerateReportJob.class;

	/** Opens the written page; the workbench's browser by default (tests replace it). */
	static Consumer<IFile> viewer = GenerateReportJob::openInBrowser;

	public GenerateReportJob(IProject project, List<Path> roots) {
		super("Generating Tables A-1 … A-7 of " + project.getName(), project, roots,
				"No .ddc files in the selection: no report written", "The report was not written: ");
	}

	@Override
	int stepsPerDesign() {
		return 1 + ReportFormat.values().length;
	}

	@Override
	void write(List<DesignReports.Design> designs, SubMonitor progress) throws IOException, CoreException {
		IFolder folder = project.getFolder(FOLDER);
		List<String> written = new DesignReports(ReportBuilder::build).write(designs, EnumSet.allOf(ReportFormat.class),
				folder.getLocation().toPath(), false, step -> {
					progress.subTask(step);
					progress.worked(1);
					return !progress.isCanceled();
				});
		folder.refreshLocal(IResource.DEPTH_INFINITE, progress.newChild(1));
		String page = written.stream().filter(f -> f.endsWith(HtmlWriter.FILE)).findFirst().orElse(null);
		if (page != null) {
			IFile file = folder.getFile(page);
			Display display = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : null;
			if (display != null) {
				display.asyncExec(() -> viewer.accept(file));
			}
		}
	}

	/** The page in the workbench's browser (an editor tab, or the system browser, as the preferences say). */
	private static void openInBrowser(IFile page) {
		try {
			PlatformUI.getWorkbench().getBrowserSupport()
					.createBrowser(IWorkbenchBrowserSupport.AS_EDITOR | IWorkbenchBrowserSupport.NAVIGATION_BAR,
							"org.ddc.ui.report", page.getProject().getName() + " report", page.getFullPath().toString())
					.openURL(page.getLocationURI().toURL());
		} catch (PartInitException | MalformedURLException | SWTError e) {
			DdcUiPlugin.log("could not open the report " + page.getFullPath() + " in a browser", e);
		}
	}
}
