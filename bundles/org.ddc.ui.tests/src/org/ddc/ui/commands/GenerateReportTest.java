package org.ddc.ui.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.ddc.report.write.ReportOutput;
import org.ddc.ui.tests.Workbench;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.ISources;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Generate Tables A-1 … A-7 run as a user runs it, on a project's context menu (in the command's package: the test
 * replaces the browser that would open the page).
 */
class GenerateReportTest {
	static final String COMMAND = "org.ddc.ui.generateReport";

	private final List<IFile> opened = new CopyOnWriteArrayList<>();
	private Consumer<IFile> viewer;

	@BeforeEach
	void recordWhatIsOpened() {
		viewer = GenerateReportJob.viewer;
		GenerateReportJob.viewer = opened::add;
	}

	@AfterEach
	void restoreTheViewer() {
		GenerateReportJob.viewer = viewer;
	}

	/** Runs the command with the selection, as the context menu does, and waits for its job. */
	private static void run(Object selected) throws Exception {
		run(COMMAND, GenerateReportJob.FAMILY, selected);
	}

	/** Runs a command with the selection, as the context menu does, and waits for its jobs of the family. */
	static void run(String command, Object family, Object selected) throws Exception {
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		IEvaluationContext context = handlers.createContextSnapshot(false);
		context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, new StructuredSelection(selected));
		handlers.executeCommandInContext(ParameterizedCommand.generateCommand(commands.getCommand(command), null),
				null, context);
		Workbench.waitUntil("the job ends", () -> Job.getJobManager().find(family).length == 0);
	}

	private static IProject contoso(String name) throws Exception {
		return Workbench.project(name, Map.of("contoso.ddc",
				Files.readString(Workbench.EXAMPLES.resolve("contoso/contoso.ddc"), StandardCharsets.UTF_8)));
	}

	@Test
	void onAProject_writesTheReportIntoItsReportsFolderAndOpensThePage() throws Exception {
		assertEquals("Generate Tables A-1 … A-7", PlatformUI.getWorkbench().getService(ICommandService.class)
				.getCommand(COMMAND).getName());
		IProject project = contoso("report-project");
		run(project);
		for (String file : List.of("report.html", "report.md", "report.xlsx", "csv/A-1.csv", "csv/A-7.csv",
				ReportOutput.MARKER)) {
			assertTrue(project.getFile("reports/" + file).exists(), file + " in the workspace (folder refreshed)");
		}
		IFile page = project.getFile("reports/report.html");
		String html = Files.readString(page.getLocation().toPath(), StandardCharsets.UTF_8);
		assertTrue(html.contains("<caption class=\"repeat\">Table A-1. Resource Requirements</caption>"), html);
		assertTrue(html.contains("<th scope=\"col\">SP-WFE</th>"), "a column per workload of the design");
		Workbench.waitUntil("the page is opened", () -> !opened.isEmpty());
		assertEquals(List.of(page), opened);
	}

	@Test
	void onADesignFile_writesThatDesignsReport_andASecondRunReplacesIt() throws Exception {
		IProject project = contoso("report-file");
		run(project.getFile("contoso.ddc"));
		IFile page = project.getFile("reports/report.html");
		assertTrue(page.exists());
		long first = page.getLocation().toFile().lastModified();
		Workbench.waitUntil("the page is opened", () -> opened.size() == 1);
		run(project.getFile("contoso.ddc"));
		Workbench.waitUntil("the page is opened again", () -> opened.size() == 2);
		assertTrue(page.exists());
		assertTrue(page.getLocation().toFile().lastModified() >= first);
	}
}
