package org.ddc.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.ddc.ui.editor.DdcEditor;
import org.ddc.ui.navigation.DeclarationHyperlinkDetector;
import org.ddc.ui.navigation.FileIndex;
import org.ddc.ui.navigation.MarkOccurrences;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Ctrl+click and F3 go to declarations across files; the caret marks occurrences. */
class NavDeclarationTest {
	@AfterEach
	void closeEditors() {
		Workbench.closeEditors();
	}

	@Test
	void ctrlClickOnAReference_opensTheOtherFileAndSelectsTheDeclaredName() throws Exception {
		IProject project = NavFixtures.crossFileDesign("nav-link");
		DdcEditor net = Workbench.open(project.getFile("net.ddc"));
		NavFixtures.indexed(net);
		int reference = NavFixtures.nth(net.document().get(), "SW-2", 0);

		IHyperlink[] links = new DeclarationHyperlinkDetector(net).detectHyperlinks(net.viewer(),
				new Region(reference + 1, 0), false);
		assertNotNull(links);
		assertEquals(reference, links[0].getHyperlinkRegion().getOffset());
		links[0].open();

		DdcEditor target = activeDdcEditor();
		assertEquals("switches.ddc", target.file().getName());
		assertEquals("SW-2", selectedText(target));
		assertEquals(NavFixtures.nth(target.document().get(), "SW-2", 0), selection(target).getOffset());
		assertNull(new DeclarationHyperlinkDetector(net).detectHyperlinks(net.viewer(),
				new Region(net.document().get().indexOf("cidr"), 0), false), "no link on a keyword");
	}

	@Test
	void f3OnAReference_opensTheDeclarationInAnotherFile_evenWhileTheTextIsUnsaved() throws Exception {
		IProject project = NavFixtures.crossFileDesign("nav-f3");
		DdcEditor net = Workbench.open(project.getFile("net-c.ddc"));
		NavFixtures.indexed(net);
		net.document().replace(0, 0, "// moved down by an unsaved line\n");
		net.selectAndReveal(NavFixtures.nth(net.document().get(), "SW-1", 0) + 1, 0);

		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.ddc.ui.openDeclaration", null);

		DdcEditor target = activeDdcEditor();
		assertEquals("switches.ddc", target.file().getName());
		assertEquals("SW-1", selectedText(target));
	}

	@Test
	void caretOnAName_marksItsDeclarationAndReferencesInTheFile_andNothingElsewhere() throws Exception {
		IProject project = Workbench.project("nav-occurrences", Map.of("d.ddc", NavFixtures.DESIGN
				+ NavFixtures.SWITCHES + NavFixtures.NET));
		DdcEditor editor = Workbench.open(project.getFile("d.ddc"));
		FileIndex index = NavFixtures.indexed(editor);
		String text = editor.document().get();
		editor.selectAndReveal(NavFixtures.nth(text, "SW-1", 2), 0);
		editor.navigation().occurrences().update();

		Workbench.waitUntil("three occurrences marked", () -> occurrences(editor).size() == 3);
		List<String> marked = occurrences(editor);
		assertTrue(marked.contains(MarkOccurrences.DECLARATION + "@" + NavFixtures.nth(text, "SW-1", 0)), marked::toString);
		assertTrue(marked.contains(MarkOccurrences.OCCURRENCE + "@" + NavFixtures.nth(text, "SW-1", 1)), marked::toString);
		assertTrue(marked.contains(MarkOccurrences.OCCURRENCE + "@" + NavFixtures.nth(text, "SW-1", 2)), marked::toString);
		assertTrue(index.occurrences().size() > 3);

		editor.selectAndReveal(text.indexOf("cidr"), 0);
		editor.navigation().occurrences().update();
		Workbench.waitUntil("marks removed on a keyword", () -> occurrences(editor).isEmpty());
	}

	private static List<String> occurrences(DdcEditor editor) {
		List<String> found = new ArrayList<>();
		IAnnotationModel model = editor.viewer().getAnnotationModel();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			if (annotation.getType().startsWith(MarkOccurrences.OCCURRENCE)) {
				Position position = model.getPosition(annotation);
				found.add(annotation.getType() + "@" + position.getOffset());
			}
		}
		return found;
	}

	static DdcEditor activeDdcEditor() {
		Workbench.settle();
		IEditorPart part = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor();
		assertTrue(part instanceof DdcEditor, String.valueOf(part));
		return (DdcEditor) part;
	}

	private static ITextSelection selection(DdcEditor editor) {
		return (ITextSelection) editor.getSelectionProvider().getSelection();
	}

	private static String selectedText(DdcEditor editor) {
		return selection(editor).getText();
	}
}
