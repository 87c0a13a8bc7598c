package org.ddc.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.ddc.diagram.DiagramKind;
import org.ddc.diagram.Diagrams;
import org.ddc.diagram.HitMap;
import org.ddc.ui.editor.DdcEditor;
import org.ddc.ui.tests.Workbench;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The ddc Diagram view in a real workbench, on the Contoso example: the diagrams drawn, zoom, tooltips, double-click
 * to the editor, redraw on save.
 */
class DiagramViewTest {
	/** Contoso's first rack, as written in examples/contoso/contoso.ddc. */
	private static final String RACK = "CON-R01";

	@AfterEach
	void closeAll() {
		IWorkbenchPage page = page();
		if (page.findView(DiagramView.ID) != null) {
			page.hideView(page.findView(DiagramView.ID));
		}
		Workbench.closeEditors();
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** A project holding Contoso in two files: its racks in racks.ddc, the rest in contoso.ddc. */
	static IProject contoso(String name) throws Exception {
		String text = Files.readString(Workbench.EXAMPLES.resolve("contoso/contoso.ddc"), StandardCharsets.UTF_8);
		int racks = text.indexOf("\nrack " + RACK + " {");
		int end = text.indexOf("\n}\n", text.lastIndexOf("\nrack CON-R")) + 3;
		return Workbench.project(name, Map.of("contoso.ddc", text.substring(0, racks) + text.substring(end),
				"racks.ddc", text.substring(racks + 1, end)));
	}

	/** Opens the file and the view, and waits until the view shows its diagrams. */
	static DiagramView showDiagrams(IFile file) throws Exception {
		Workbench.open(file);
		DiagramView view = (DiagramView) page().showView(DiagramView.ID);
		Workbench.waitUntil("the view shows the diagrams", () -> view.drawing() != null && view.selected() != null
				&& view.selected().image() != null);
		return view;
	}

	@Test
	void withoutAnEditor_saysThatNoDiagramCanBeDrawn() throws Exception {
		DiagramView view = (DiagramView) page().showView(DiagramView.ID);
		assertEquals(DiagramView.NO_EDITOR, view.message());
		assertTrue(view.message().startsWith("No diagram can be drawn"));
	}

	@Test
	void showsEveryDiagramOfTheDesign_andZoomTwoDoublesTheImage() throws Exception {
		IProject project = contoso("diagram-view");
		DiagramView view = showDiagrams(project.getFile("contoso.ddc"));
		assertEquals(null, view.message());
		assertEquals("Contoso Dynamic Datacenter", view.drawing().design());
		assertEquals(Diagrams.kinds(), view.drawing().diagrams().stream().map(DrawnDiagram::kind).toList());
		assertEquals(List.of(), view.drawing().problems());

		DiagramCanvas canvas = view.selected();
		DrawnDiagram diagram = canvas.diagram();
		assertEquals(100, canvas.deviceZoom(), "Xvfb runs at 100 %");
		Rectangle one = canvas.image().getBounds();
		assertEquals((int) Math.ceil(diagram.width()), one.width);
		assertEquals((int) Math.ceil(diagram.height()), one.height);
		assertTrue(drawnShare(canvas.image().getImageData()) > 0.02, "the image has a drawing on it");

		canvas.setZoom(2);
		Workbench.waitUntil("the image at zoom 2", () -> canvas.shownZoom() == 2);
		Rectangle two = canvas.image().getBounds();
		assertEquals((int) Math.ceil(2 * diagram.width()), two.width);
		assertEquals((int) Math.ceil(2 * diagram.height()), two.height);
		assertTrue(Math.abs(two.width - 2 * one.width) <= 1 && Math.abs(two.height - 2 * one.height) <= 1);
		assertEquals(new Point(two.width, two.height), canvas.canvas().getSize(), "the canvas scrolls the whole image");

		canvas.zoomOut();
		Workbench.waitUntil("the image at zoom 1.6", () -> canvas.shownZoom() == 2 / DiagramCanvas.STEP);

		assertEquals(0, java.awt.Window.getWindows().length, "no AWT window");
		assertEquals(List.of(), Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
				.filter(n -> n.startsWith("AWT-EventQueue") || n.startsWith("AWT-XAWT")).toList(),
				"no AWT toolkit: Java2D only draws into images");
	}

	@Test
	void tooltipNamesTheElement_andDoubleClickSelectsItInItsFile() throws Exception {
		IProject project = contoso("diagram-click");
		DiagramView view = showDiagrams(project.getFile("contoso.ddc"));
		assertTrue(view.select(DiagramKind.RACK));
		DiagramCanvas canvas = view.canvas(DiagramKind.RACK);
		Workbench.waitUntil("the rack diagram is drawn", () -> canvas.image() != null);
		HitMap.Hit rack = topmost(canvas, RACK);
		Point at = canvas.canvasPoint(rack);

		mouse(canvas, SWT.MouseMove, at);
		assertNotNull(canvas.canvas().getToolTipText());
		assertTrue(canvas.canvas().getToolTipText().contains(RACK), canvas.canvas().getToolTipText());
		assertEquals(rack.tooltip(), canvas.canvas().getToolTipText());

		// the rack is written in racks.ddc, which no editor shows yet: double-click opens it and selects the rack
		assertEquals(project.getFile("racks.ddc"), SourceSelection.file(rack.source()));
		mouse(canvas, SWT.MouseDoubleClick, at);
		Workbench.waitUntil("racks.ddc is open", () -> page().getActiveEditor() instanceof DdcEditor editor
				&& project.getFile("racks.ddc").equals(editor.file()));
		DdcEditor editor = (DdcEditor) page().getActiveEditor();
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals(rack.source().offset(), selection.getOffset());
		assertEquals(rack.source().length(), selection.getLength());
		assertTrue(selection.getText().startsWith("rack " + RACK + " {"), selection.getText());
		assertFalse(view.drawing().diagrams().isEmpty(), "the view still shows the design");
	}

	@Test
	void savingAnEditThatAddsARack_redrawsTheDiagramWithIt() throws Exception {
		IProject project = contoso("diagram-save");
		DiagramView view = showDiagrams(project.getFile("racks.ddc"));
		DesignDrawing before = view.drawing();
		assertFalse(hasElement(before, "CON-R09"));
		DdcEditor editor = (DdcEditor) page().getActiveEditor();
		IDocument document = editor.document();
		document.replace(document.getLength(), 0, "\nrack CON-R09 {\n\theight 42 U\n\tpower-budget 8 kW\n"
				+ "\tfeed CON-FEED-A 8 kW\n\tfeed CON-FEED-B 8 kW\n}\n");
		Workbench.settle();
		assertSame(before, view.drawing(), "an unsaved edit does not redraw");
		editor.doSave(null);
		Workbench.waitUntil("the view redraws with the new rack", () -> hasElement(view.drawing(), "CON-R09"));
		assertTrue(view.canvas(DiagramKind.RACK).diagram().hits().hits().stream()
				.anyMatch(h -> h.source() != null && "CON-R09".equals(h.source().element())));
	}

	@Test
	void anotherDesignsEditorBecomingActive_showsItsDiagrams() throws Exception {
		IProject first = contoso("diagram-first");
		IProject second = Workbench.project("diagram-second", Map.of("small.ddc", """
				design Small { platform hyperv-2012-r2 }
				power-feed SM-FEED-A { capacity 10 kW }
				rack SM-R01 { height 42 U power-budget 4 kW feed SM-FEED-A 4 kW }
				"""));
		DiagramView view = showDiagrams(first.getFile("contoso.ddc"));
		assertEquals("Contoso Dynamic Datacenter", view.drawing().design());
		Workbench.open(second.getFile("small.ddc"));
		Workbench.waitUntil("the view shows the other design", () -> view.drawing() != null
				&& "Small".equals(view.drawing().design()));
	}

	private static boolean hasElement(DesignDrawing drawing, String element) {
		return drawing != null && drawing.diagrams().stream().flatMap(d -> d.hits().hits().stream())
				.anyMatch(h -> h.source() != null && element.equals(h.source().element()));
	}

	/** The hit of the named element that is the topmost box at its own middle. */
	private static HitMap.Hit topmost(DiagramCanvas canvas, String element) {
		HitMap hits = canvas.diagram().hits();
		return hits.hits().stream().filter(h -> h.source() != null && element.equals(h.source().element()))
				.filter(h -> hits.at(h.x() + h.width() / 2, h.y() + h.height() / 2).orElse(null) == h).findFirst()
				.orElseThrow(() -> new AssertionError(element + " is not a box of the diagram"));
	}

	private static void mouse(DiagramCanvas canvas, int type, Point at) {
		Event event = new Event();
		event.x = at.x;
		event.y = at.y;
		event.button = 1;
		event.count = type == SWT.MouseDoubleClick ? 2 : 0;
		canvas.canvas().notifyListeners(type, event);
	}

	/** The share of pixels that are not white. */
	private static double drawnShare(ImageData data) {
		long drawn = 0;
		RGB white = new RGB(255, 255, 255);
		for (int y = 0; y < data.height; y++) {
			for (int x = 0; x < data.width; x++) {
				if (!data.palette.getRGB(data.getPixel(x, y)).equals(white)) {
					drawn++;
				}
			}
		}
		return drawn / (double) (data.width * data.height);
	}
}
