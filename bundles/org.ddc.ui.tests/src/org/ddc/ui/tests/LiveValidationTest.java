package org.ddc.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ddc.ui.builder.Markers;
import org.ddc.ui.editor.DdcEditor;
import org.ddc.ui.editor.FindingAnnotation;
import org.ddc.ui.highlighting.SemanticSpans;
import org.ddc.ui.highlighting.Style;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.FindReplaceDocumentAdapter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Annotations as you type, markers after saving, and findings that follow other files of the design. */
class LiveValidationTest {
	private static final Pattern EXPECT = Pattern.compile("//\\s*expect:\\s*([A-Z]+-[A-Z0-9-]+(?:\\s*,\\s*[A-Z]+-[A-Z0-9-]+)*)");

	@AfterEach
	void closeEditors() {
		Workbench.closeEditors();
	}

	@Test
	void brokenExample_showsEveryCommentedFindingAsAnnotationAndMarker_andARepairClearsItBeforeAndAfterSaving()
			throws Exception {
		IProject project = Workbench.examples("live-broken");
		Workbench.build();
		IFile file = project.getFile("broken/broken.ddc");
		DdcEditor editor = Workbench.open(file);
		IDocument document = editor.document();
		Set<String> expected = expectations(document);
		Workbench.waitUntil("the design pass shows every commented finding", () -> shown(editor).containsAll(expected));
		Set<String> markers = new TreeSet<>();
		for (IMarker marker : Workbench.markers(file)) {
			markers.add(marker.getAttribute(IMarker.LINE_NUMBER, -1) + " " + marker.getAttribute(Markers.RULE_ID, ""));
		}
		assertTrue(markers.containsAll(expected), "markers: " + markers);

		// repair IPD-1-09 (load balancing with one instance, line 29) by typing, without saving
		assertTrue(shown(editor).contains("29 IPD-1-09"));
		IRegion instances = new FindReplaceDocumentAdapter(document).find(0, "instances 1 ", true, true, false, false);
		document.replace(instances.getOffset(), instances.getLength(), "instances 2 ");
		Workbench.waitUntil("the annotation of IPD-1-09 goes", () -> !shown(editor).contains("29 IPD-1-09"));
		assertTrue(markerIds(file).contains("29 IPD-1-09"), "the marker stays until the file is saved");
		editor.doSave(null);
		Workbench.build();
		Workbench.waitUntil("the marker of IPD-1-09 goes after saving", () -> !markerIds(file).contains("29 IPD-1-09"));
	}

	@Test
	void aFindingCausedByAnotherFile_followsThatFilesUnsavedText() throws Exception {
		IProject project = Workbench.project("live-cross", Map.of(
				"design.ddc", "design D { platform hyperv-2012-r2 }\n",
				"net.ddc", "subnet NET-A {\n\tcidr \"10.0.0.0/24\"\n\tswitches SW-1\n}\n",
				"switches.ddc", "switch SW-1 { ports 24 }\n"));
		Workbench.build();
		DdcEditor net = Workbench.open(project.getFile("net.ddc"));
		DdcEditor switches = Workbench.open(project.getFile("switches.ddc"));
		Workbench.waitUntil("both editors validated", () -> validatedOnce(net) && validatedOnce(switches));
		assertTrue(!shown(net).contains("3 DDC-UNRESOLVED"), "SW-1 resolves: " + shown(net));

		switches.document().replace(switches.document().get().indexOf("SW-1"), 4, "SW-2");
		Workbench.waitUntil("net.ddc reports SW-1 unresolved", () -> shown(net).contains("3 DDC-UNRESOLVED"));
		switches.document().replace(switches.document().get().indexOf("SW-2"), 4, "SW-1");
		Workbench.waitUntil("net.ddc resolves SW-1 again", () -> !shown(net).contains("3 DDC-UNRESOLVED"));
	}

	@Test
	void semanticHighlighting_tellsDeclarationsReferencesAndUnresolvedNamesApart() throws Exception {
		IProject project = Workbench.project("live-highlight", Map.of(
				"d.ddc", "design D { platform hyperv-2012-r2 }\nswitch SW-1 { ports 24 }\n"
						+ "subnet NET-A { cidr \"10.0.0.0/24\" switches SW-1, SW-9 }\n"));
		DdcEditor editor = Workbench.open(project.getFile("d.ddc"));
		String text = editor.document().get();
		int declaration = text.indexOf("SW-1");
		int reference = text.indexOf("SW-1", declaration + 1);
		int unresolved = text.indexOf("SW-9");
		Workbench.waitUntil("semantic spans shown", () -> editor.semanticHighlighter().spans().size() >= 5);
		List<SemanticSpans.Span> spans = editor.semanticHighlighter().spans();
		assertTrue(spans.contains(new SemanticSpans.Span(declaration, 4, Style.DECLARATION)), spans::toString);
		assertTrue(spans.contains(new SemanticSpans.Span(reference, 4, Style.REFERENCE)), spans::toString);
		assertTrue(spans.contains(new SemanticSpans.Span(unresolved, 4, Style.UNRESOLVED)), spans::toString);
		assertEquals(Style.DECLARATION.defaultColor(),
				editor.viewer().getTextWidget().getStyleRangeAtOffset(declaration).foreground.getRGB());
		assertEquals(Style.UNRESOLVED.defaultColor(),
				editor.viewer().getTextWidget().getStyleRangeAtOffset(unresolved).foreground.getRGB());
		assertEquals(Style.KEYWORD.defaultColor(),
				editor.viewer().getTextWidget().getStyleRangeAtOffset(text.indexOf("ports")).foreground.getRGB());
	}

	private static boolean validatedOnce(DdcEditor editor) {
		return editor.semanticHighlighter() != null && !editor.semanticHighlighter().spans().isEmpty();
	}

	static Set<String> shown(DdcEditor editor) {
		Set<String> shown = new TreeSet<>();
		IDocument document = editor.document();
		for (FindingAnnotation annotation : Workbench.annotations(editor)) {
			Integer offset = annotationOffset(editor, annotation);
			if (offset != null) {
				try {
					shown.add((document.getLineOfOffset(offset) + 1) + " " + annotation.finding().code());
				} catch (org.eclipse.jface.text.BadLocationException e) {
					// gone
				}
			}
		}
		return shown;
	}

	private static Integer annotationOffset(DdcEditor editor, FindingAnnotation annotation) {
		var position = editor.annotationModel().getPosition(annotation);
		return position != null ? position.getOffset() : null;
	}

	private static Set<String> markerIds(IFile file) {
		Set<String> ids = new TreeSet<>();
		try {
			for (IMarker marker : Workbench.markers(file)) {
				ids.add(marker.getAttribute(IMarker.LINE_NUMBER, -1) + " " + marker.getAttribute(Markers.RULE_ID, ""));
			}
		} catch (org.eclipse.core.runtime.CoreException e) {
			throw new IllegalStateException(e);
		}
		return ids;
	}

	private static Set<String> expectations(IDocument document) throws Exception {
		Set<String> expected = new TreeSet<>();
		for (int line = 0; line < document.getNumberOfLines(); line++) {
			IRegion region = document.getLineInformation(line);
			Matcher matcher = EXPECT.matcher(document.get(region.getOffset(), region.getLength()));
			if (matcher.find()) {
				for (String id : matcher.group(1).split("\\s*,\\s*")) {
					expected.add((line + 1) + " " + id);
				}
			}
		}
		assertTrue(expected.size() > 25);
		return expected;
	}
}
