package org.ddc.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.ddc.generate.DesignText;
import org.ddc.generate.SyntheticDesignGenerator;
import org.ddc.ui.editor.DdcEditor;
import org.ddc.ui.hover.DdcTextHover;
import org.ddc.ui.navigation.FileIndex;
import org.ddc.ui.outline.DdcOutlinePage;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.Region;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The navigation features on a generated design of 1,000 workloads (about 24,000 lines): what each costs, printed
 * as NAV-COST lines. A benchmark, not a test: it runs only with {@code -Dddc.benchmark=true} (see
 * {@code releng/editor-benchmark}).
 */
@EnabledIfSystemProperty(named = "ddc.benchmark", matches = "true")
class NavigationBenchmark {
	@AfterEach
	void closeEditors() {
		Workbench.closeEditors();
	}

	@Test
	void onA24kLineDesign_caretMovesAndOutlineRefreshesStayCheap() throws Exception {
		String text = DesignText.of(SyntheticDesignGenerator.generate(1000, 1));
		IProject project = Workbench.project("nav-cost", Map.of("big.ddc", text));
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(IPageLayout.ID_OUTLINE);
		DdcEditor editor = Workbench.open(project.getFile("big.ddc"));
		FileIndex index = NavFixtures.indexed(editor);
		DdcOutlinePage page = (DdcOutlinePage) editor.getAdapter(IContentOutlinePage.class);
		Workbench.waitUntil("the outline shows the file", () -> !page.shown().isEmpty());
		report("lines", text.lines().count());
		report("index (background, under the design lock: names, outline, folds) ms",
				editor.navigation().index().lastComputeNanos() / 1e6);
		report("names indexed", index.occurrences().size());
		editor.document().replace(0, 0, "// an edit\n");
		NavFixtures.indexed(editor);
		report("index again after an edit (background, warm) ms", editor.navigation().index().lastComputeNanos() / 1e6);
		index = editor.navigation().index().current();

		int reference = index.occurrences().stream().filter(o -> !o.declaration()).skip(index.occurrences().size() / 2)
				.findFirst().orElseThrow().offset();
		editor.selectAndReveal(reference, 0);
		long started = System.nanoTime();
		editor.navigation().occurrences().update();
		double occurrencesMs = (System.nanoTime() - started) / 1e6;
		report("mark occurrences after a caret move (UI thread) ms", occurrencesMs);
		assertTrue(!editor.navigation().occurrences().marked().isEmpty());

		started = System.nanoTime();
		page.refresh();
		double outlineMs = (System.nanoTime() - started) / 1e6;
		report("outline refresh (UI thread) ms", outlineMs);

		started = System.nanoTime();
		String hover = (String) new DdcTextHover(editor).getHoverInfo2(editor.viewer(), new Region(reference, 0));
		report("hover over a reference (hover thread, lock wait included) ms", (System.nanoTime() - started) / 1e6);
		assertTrue(hover != null && hover.contains("declared at"), hover);
	}

	private static void report(String what, double value) {
		System.out.printf("NAV-COST %s: %.1f%n", what, value);
	}
}
