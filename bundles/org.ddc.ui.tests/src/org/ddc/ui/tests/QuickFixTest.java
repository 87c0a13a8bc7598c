package org.ddc.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.ddc.ui.builder.Markers;
import org.ddc.ui.editor.DdcEditor;
import org.ddc.ui.editor.FindingAnnotation;
import org.ddc.ui.quickfix.DdcMarkerResolutions;
import org.ddc.ui.quickfix.DdcQuickAssistProcessor;
import org.ddc.ui.quickfix.FixProposal;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IMarkerResolution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Quick fixes: Ctrl+1 on live findings in the editor and Quick Fix on Problems-view markers. */
class QuickFixTest {

	private static final String DESIGN = """
			design D { platform hyperv-2012-r2 }
			switch SW-1 { ports 24 }
			subnet NET-A { cidr "10.0.0.0/24" switches SW-2 }
			workload W-1 {
				memory 4 GHz
				subnets NET-A
				fault-tolerance required approach load-balancing
				instances 1
			}
			""";

	@AfterEach
	void closeEditors() {
		Workbench.closeEditors();
	}

	private static DdcEditor editor(String name) throws Exception {
		IProject project = Workbench.project(name, Map.of("d.ddc", DESIGN));
		DdcEditor editor = Workbench.open(project.getFile("d.ddc"));
		Workbench.waitUntil("the design pass shows IPD-1-09", () -> shown(editor, "IPD-1-09"));
		return editor;
	}

	private static boolean shown(DdcEditor editor, String code) {
		return Workbench.annotations(editor).stream().anyMatch(a -> a.finding().code().equals(code));
	}

	private static FindingAnnotation annotation(DdcEditor editor, String code) {
		return Workbench.annotations(editor).stream().filter(a -> a.finding().code().equals(code)).findFirst()
				.orElseThrow(() -> new AssertionError(code + " not shown"));
	}

	/** Ctrl+1 at the finding: its proposals. */
	private static List<FixProposal> ctrl1(DdcEditor editor, String code) {
		int offset = editor.annotationModel().getPosition(annotation(editor, code)).getOffset();
		return new DdcQuickAssistProcessor(editor).proposals(offset);
	}

	private static FixProposal labelled(List<FixProposal> proposals, String start) {
		return proposals.stream().filter(p -> p.getDisplayString().startsWith(start)).findFirst()
				.orElseThrow(() -> new AssertionError("no fix '" + start + "…' in "
						+ proposals.stream().map(FixProposal::getDisplayString).toList()));
	}

	@Test
	void aRuleFix_appliedFromTheEditor_makesTheFindingGo() throws Exception {
		DdcEditor editor = editor("fix-rule");
		String label = annotation(editor, "IPD-1-09").finding().fix().label();
		labelled(ctrl1(editor, "IPD-1-09"), label).apply(editor.document());
		assertTrue(editor.document().get().contains("instances 2"), editor.document().get());
		Workbench.waitUntil("IPD-1-09 goes", () -> !shown(editor, "IPD-1-09"));
	}

	@Test
	void didYouMean_andUnitFixes_replaceTheWrongText() throws Exception {
		DdcEditor editor = editor("fix-names");
		labelled(ctrl1(editor, "DDC-UNRESOLVED"), "Change to 'SW-1'").apply(editor.document());
		assertTrue(editor.document().get().contains("switches SW-1 }"), editor.document().get());
		labelled(ctrl1(editor, "DDC-UNIT"), "Write GB").apply(editor.document());
		assertTrue(editor.document().get().contains("memory 4 GB\n"), editor.document().get());
		Workbench.waitUntil("both findings go", () -> !shown(editor, "DDC-UNRESOLVED") && !shown(editor, "DDC-UNIT"));
	}

	@Test
	void suppress_insertsTheCommentAndLeavesTheCaretWhereTheReasonGoes() throws Exception {
		DdcEditor editor = editor("fix-suppress");
		FixProposal suppress = labelled(ctrl1(editor, "IPD-1-09"), "Suppress IPD-1-09");
		IDocument document = editor.document();
		suppress.apply(document);
		Point caret = suppress.getSelection(document);
		String comment = "// suppress IPD-1-09: ";
		int line = document.getLineOfOffset(caret.x);
		String text = document.get(document.getLineOffset(line), document.getLineLength(line));
		assertEquals("\t" + comment + "\n", text, "the comment on a line of its own, indented like the finding's");
		assertEquals(document.getLineOffset(line) + 1 + comment.length(), caret.x, "caret after the colon and space");
	}

	@Test
	void aRuleFix_fromAProblemsViewMarker_repairsTheSavedFileAndTheMarkerGoes() throws Exception {
		IProject project = Workbench.project("fix-marker", Map.of("d.ddc", DESIGN));
		Workbench.build();
		IFile file = project.getFile("d.ddc");
		IMarker marker = Workbench.markers(file).stream()
				.filter(m -> "IPD-1-09".equals(m.getAttribute(Markers.RULE_ID, ""))).findFirst().orElseThrow();
		DdcMarkerResolutions generator = new DdcMarkerResolutions();
		assertTrue(generator.hasResolutions(marker));
		IMarkerResolution[] resolutions = generator.getResolutions(marker);
		String label = Markers.fix(marker).label();
		IMarkerResolution fix = List.of(resolutions).stream().filter(r -> r.getLabel().equals(label)).findFirst()
				.orElseThrow(() -> new AssertionError(label + " not among " + List.of(resolutions)));
		fix.run(marker);
		Workbench.build();
		String saved = new String(file.getContents().readAllBytes(), file.getCharset());
		assertTrue(saved.contains("instances 2"), saved);
		assertTrue(Workbench.markers(file).stream().noneMatch(m -> "IPD-1-09".equals(m.getAttribute(Markers.RULE_ID, ""))));
	}
}
