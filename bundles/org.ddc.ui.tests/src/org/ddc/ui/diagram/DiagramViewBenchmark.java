package org.ddc.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.ddc.diagram.DiagramKind;
import org.ddc.diagram.Diagrams;
import org.ddc.ui.editor.DdcEditor;
import org.ddc.ui.tests.Workbench;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Save-to-diagram latency of the ddc Diagram view on the Contoso example: for each diagram in turn on screen, 10 saves
 * (a comment changed), each timed from the save to the new image of that diagram on screen; prints min, median and
 * max. Saves a screenshot of the workbench with each diagram into {@code ddc.screenshots} (default
 * /tmp/diagram-png/view). A benchmark, not a test: runs only with {@code -Dddc.benchmark=true} (see
 * {@code releng/diagram-view-benchmark}).
 */
@EnabledIfSystemProperty(named = "ddc.benchmark", matches = "true")
class DiagramViewBenchmark {
	private static final int SAVES = 10;
	private static final String MARK = "// benchmark\n";

	@AfterEach
	void closeAll() {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		if (page.findView(DiagramView.ID) != null) {
			page.hideView(page.findView(DiagramView.ID));
		}
		Workbench.closeEditors();
	}

	@Test
	void saveToNewImage() throws Exception {
		String text = Files.readString(Workbench.EXAMPLES.resolve("contoso/contoso.ddc"), StandardCharsets.UTF_8);
		IProject project = Workbench.project("diagram-benchmark", Map.of("contoso.ddc", text));
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		shell.setBounds(0, 0, 1600, 1000);
		DdcEditor editor = Workbench.open(project.getFile("contoso.ddc"));
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		DiagramView view = (DiagramView) page.showView(DiagramView.ID);
		Workbench.waitUntil("the first drawing", () -> view.selected() != null && view.selected().image() != null);
		Workbench.settle();
		Path screenshots = Path.of(System.getProperty("ddc.screenshots", "/tmp/diagram-png/view"));
		Files.createDirectories(screenshots);

		IDocument document = editor.document();
		StringBuilder out = new StringBuilder("\n== diagram view: save to new image on screen, contoso (ms) ==\n");
		for (DiagramKind kind : Diagrams.kinds()) {
			view.select(kind);
			DiagramCanvas canvas = view.canvas(kind);
			Workbench.waitUntil("the " + kind.id() + " diagram", () -> canvas.image() != null);
			page.activate(editor);
			List<Long> times = new ArrayList<>();
			AtomicLong shown = new AtomicLong();
			view.addShownListener(drawing -> shown.set(System.nanoTime()));
			for (int i = 0; i < SAVES; i++) {
				Workbench.settle();
				// a comment changed and saved: the design is drawn again
				if (i % 2 == 0) {
					document.replace(0, 0, MARK);
				} else {
					document.replace(0, MARK.length(), "");
				}
				Workbench.settle();
				shown.set(0);
				long before = System.nanoTime();
				editor.doSave(null);
				Workbench.waitUntil("the new image after save " + i, () -> shown.get() != 0);
				times.add((shown.get() - before) / 1_000_000);
			}
			Collections.sort(times);
			out.append(String.format("%-8s min %4d  median %4d  max %4d   (%d saves; image %dx%d)%n", kind.id(),
					times.get(0), (times.get(SAVES / 2 - 1) + times.get(SAVES / 2)) / 2, times.get(SAVES - 1), SAVES,
					canvas.image().getBounds().width, canvas.image().getBounds().height));
			canvas.fit();
			Workbench.settle();
			Workbench.waitUntil("the diagram fits the view", () -> canvas.shownZoom() == canvas.zoom());
			screenshot(shell.getDisplay(), screenshots.resolve("view-" + kind.id() + ".png"));
		}
		System.out.println(out);
		assertTrue(Files.size(screenshots.resolve("view-" + Diagrams.kinds().get(0).id() + ".png")) > 0);
	}

	private static void screenshot(Display display, Path file) {
		Rectangle bounds = display.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, 0, 0);
			ImageData data = image.getImageData();
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { data };
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
