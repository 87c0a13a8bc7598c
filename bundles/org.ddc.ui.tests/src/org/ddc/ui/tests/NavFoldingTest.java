package org.ddc.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import org.ddc.ui.editor.DdcEditor;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Folding regions of the contoso example, and what an edit does to them. */
class NavFoldingTest {
	@AfterEach
	void closeEditors() {
		Workbench.closeEditors();
	}

	@Test
	void contoso_foldsEveryMultiLineElementAndCommentBlock_andAnEditKeepsWhatIsCollapsed() throws Exception {
		IProject project = Workbench.examples("nav-folding");
		DdcEditor editor = Workbench.open(project.getFile("contoso/contoso.ddc"));
		NavFixtures.indexed(editor);
		ProjectionAnnotationModel model = ((ProjectionViewer) editor.viewer()).getProjectionAnnotationModel();
		Workbench.waitUntil("folding regions appear", () -> folds(model).size() > 100);
		IDocument document = editor.document();
		String text = document.get();

		int headerEnd = document.getLineOffset(17); // lines 1-17: the header comment
		assertNotNull(folds(model).get(new Position(0, headerEnd)), "the header comment block folds");
		int workload = text.indexOf("workload SP-WFE {");
		int workloadEnd = text.indexOf("\n}\n", workload) + 3;
		ProjectionAnnotation element = folds(model).get(new Position(workload, workloadEnd - workload));
		assertNotNull(element, "workload SP-WFE folds from its first to its last line");
		int policy = text.lastIndexOf('\n', text.indexOf("policy {")) + 1;
		assertTrue(folds(model).keySet().stream().anyMatch(p -> p.getOffset() == policy), "nested blocks fold");
		for (String line : text.split("\n")) {
			if (line.matches("[a-z][a-z-]* .*\\{\\s*") ) {
				int start = text.indexOf(line + "\n");
				assertTrue(folds(model).keySet().stream().anyMatch(p -> p.getOffset() == start), line);
			}
		}

		model.collapse(element);
		int designStart = text.indexOf("design \"Contoso");
		ProjectionAnnotation design = folds(model).entrySet().stream()
				.filter(e -> e.getKey().getOffset() == designStart).map(Map.Entry::getValue).findFirst().orElseThrow();
		document.replace(document.getLength(), 0,
				"\n// a trailing note\n// on two lines\n\nisolation-domain CON-ONE-LINE { kind physical }\n");
		NavFixtures.indexed(editor);
		Workbench.waitUntil("the new comment block folds",
				() -> folds(model).keySet().stream().anyMatch(p -> p.getOffset() == text.length() + 1));
		int oneLine = document.get().indexOf("isolation-domain CON-ONE-LINE");
		assertFalse(folds(model).keySet().stream().anyMatch(p -> p.getOffset() == oneLine), "one-line elements do not");
		assertTrue(element.isCollapsed(), "the collapsed workload stays collapsed");
		assertTrue(folds(model).containsValue(element), "and keeps its annotation");
		assertFalse(design.isCollapsed(), "expanded regions stay expanded");
	}

	private static Map<Position, ProjectionAnnotation> folds(ProjectionAnnotationModel model) {
		Map<Position, ProjectionAnnotation> folds = new HashMap<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof ProjectionAnnotation annotation) {
				Position position = model.getPosition(annotation);
				folds.put(new Position(position.getOffset(), position.getLength()), annotation);
			}
		}
		return folds;
	}
}
