package org.ddc.ui.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.ddc.diagram.DiagramKind;
import org.ddc.diagram.Diagrams;
import org.ddc.report.write.ReportOutput;
import org.ddc.ui.diagram.SvgRaster;
import org.ddc.ui.tests.Workbench;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.Test;

import com.github.weisj.jsvg.SVGDocument;

/** Export Diagrams run as a user runs it, on a project's context menu; the refusal run as the job itself. */
class ExportDiagramsTest {
	static final String COMMAND = "org.ddc.ui.exportDiagrams";

	private static void run(Object selected) throws Exception {
		GenerateReportTest.run(COMMAND, ExportDiagramsJob.FAMILY, selected);
	}

	private static IProject contoso(String name) throws Exception {
		return Workbench.project(name, Map.of("contoso.ddc",
				Files.readString(Workbench.EXAMPLES.resolve("contoso/contoso.ddc"), StandardCharsets.UTF_8)));
	}

	private static List<String> files() {
		List<String> files = new ArrayList<>();
		for (DiagramKind kind : Diagrams.kinds()) {
			files.add(kind.id() + ".svg");
			files.add(kind.id() + ".png");
		}
		return files;
	}

	@Test
	void onAProject_writesEachDiagramAsSvgAndPng_andASecondExportReplacesThem() throws Exception {
		assertEquals("Export Diagrams", PlatformUI.getWorkbench().getService(ICommandService.class)
				.getCommand(COMMAND).getName());
		assertFalse(Diagrams.kinds().isEmpty());
		IProject project = contoso("export-project");
		run(project);
		for (String file : files()) {
			assertTrue(project.getFile("diagrams/" + file).exists(), file + " in the workspace (folder refreshed)");
		}
		assertTrue(project.getFile("diagrams/" + ReportOutput.MARKER).exists());
		for (DiagramKind kind : Diagrams.kinds()) {
			Path svg = project.getFile("diagrams/" + kind.id() + ".svg").getLocation().toPath();
			String text = Files.readString(svg, StandardCharsets.UTF_8);
			assertTrue(text.contains("Contoso"), "the design's " + kind.id() + " diagram");
			SVGDocument document = SvgRaster.parse(text);
			BufferedImage png = ImageIO.read(project.getFile("diagrams/" + kind.id() + ".png").getLocation().toFile());
			assertEquals((int) Math.ceil(2 * document.size().width), png.getWidth(), "PNG at twice the SVG's size");
			assertEquals((int) Math.ceil(2 * document.size().height), png.getHeight());
		}

		IFile rack = project.getFile("diagrams/" + Diagrams.kinds().get(0).id() + ".png");
		Files.writeString(rack.getLocation().toPath(), "stale");
		run(project.getFile("contoso.ddc"));
		assertTrue(ImageIO.read(rack.getLocation().toFile()) != null, "the second export replaced the picture");
	}

	@Test
	void aFileOfTheUsersInTheWay_isNotOverwritten_andTheExportSaysSo() throws Exception {
		IProject project = contoso("export-refused");
		String mine = Diagrams.kinds().get(0).id() + ".png";
		IFile file = Workbench.write(project.getFile("diagrams/" + mine), "my own picture");
		ExportDiagramsJob job = new ExportDiagramsJob(project, List.of(project.getLocation().toPath()));
		IStatus status = job.run(new NullProgressMonitor());
		assertEquals(IStatus.ERROR, status.getSeverity());
		assertTrue(status.getMessage().startsWith("The diagrams were not exported: "), status.getMessage());
		assertTrue(status.getMessage().contains(mine), status.getMessage());
		assertEquals("my own picture", Files.readString(file.getLocation().toPath()));
		project.getFolder("diagrams").refreshLocal(1, null);
		assertEquals(1, project.getFolder("diagrams").members().length, "nothing else was written");
	}
}
