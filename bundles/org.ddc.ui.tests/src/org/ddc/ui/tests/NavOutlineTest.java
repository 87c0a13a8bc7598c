package org.ddc.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ddc.ui.editor.DdcEditor;
import org.ddc.ui.outline.DdcOutlinePage;
import org.ddc.ui.outline.OutlineNode;
import org.ddc.ui.outline.QuickOutline;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Outline view's page and the quick outline of the contoso example. */
class NavOutlineTest {
	@AfterEach
	void closeEditors() {
		Workbench.closeEditors();
	}

	@Test
	void outline_listsTheElementsOfTheFile_revealsSelections_followsTheCaret_andSorts() throws Exception {
		IProject project = Workbench.examples("nav-outline");
		DdcEditor editor = Workbench.open(project.getFile("contoso/contoso.ddc"));
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(IPageLayout.ID_OUTLINE);
		editor.setFocus();
		DdcOutlinePage page = (DdcOutlinePage) editor.getAdapter(IContentOutlinePage.class);
		Workbench.waitUntil("the outline shows the file", () -> page.shown().size() > 50);

		List<OutlineNode> top = page.shown();
		assertEquals("Contoso Dynamic Datacenter", top.get(0).name());
		assertEquals("design", top.get(0).kind());
		assertEquals(List.of("CON-PCI-CDE", "SP-WFE"), List.of(top.get(1).name(), top.get(2).name()));
		OutlineNode host = top.stream().filter(n -> n.kind().equals("host design")).findFirst().orElseThrow();
		assertTrue(host.children().stream().anyMatch(c -> c.kind().equals("network adapter")), host::toString);
		String text = editor.document().get();
		assertEquals(top.size(), countTopLevelDeclarations(text), "one entry per top-level element");

		OutlineNode workload = top.get(2);
		page.setSelection(new StructuredSelection(workload));
		ITextSelection revealed = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals("SP-WFE", revealed.getText());

		OutlineNode adapter = host.children().get(0);
		page.setSelection(StructuredSelection.EMPTY);
		editor.selectAndReveal(adapter.offset() + adapter.length() - 1, 0);
		Workbench.waitUntil("the outline selects the adapter under the caret",
				() -> selected(page) != null && selected(page).id().equals(adapter.id()));

		page.setSorted(true);
		List<String> names = page.shown().stream().map(OutlineNode::name).toList();
		List<String> sorted = new ArrayList<>(names);
		sorted.sort(String.CASE_INSENSITIVE_ORDER);
		assertEquals(sorted, names);
		page.setSorted(false);
		assertEquals("Contoso Dynamic Datacenter", page.shown().get(0).name());
	}

	@Test
	void quickOutline_filterNarrowsTheTree_andEnterJumps() throws Exception {
		IProject project = Workbench.examples("nav-quick-outline");
		DdcEditor editor = Workbench.open(project.getFile("contoso/contoso.ddc"));
		List<OutlineNode> nodes = NavFixtures.indexed(editor).outline();
		QuickOutline popup = new QuickOutline(editor.getSite().getShell(), editor, nodes);
		popup.open();
		try {
			int all = popup.visibleNames().size();
			assertEquals(nodes.size(), all);

			popup.filterText().setText("sw-");
			List<String> narrowed = popup.visibleNames();
			assertTrue(!narrowed.isEmpty() && narrowed.size() < all, narrowed::toString);
			assertTrue(narrowed.stream().allMatch(n -> n.toLowerCase(Locale.ROOT).contains("sw-")
					|| hasMatchingChild(nodes, n)), narrowed::toString);

			popup.filterText().setText("hd-we*p");
			assertEquals(List.of("HD-WEBAPP"), popup.visibleNames());
			popup.goToSelection();
		} finally {
			popup.close();
		}
		assertEquals("HD-WEBAPP", ((ITextSelection) editor.getSelectionProvider().getSelection()).getText());
	}

	private static boolean hasMatchingChild(List<OutlineNode> nodes, String name) {
		return nodes.stream().filter(n -> n.name().equals(name))
				.anyMatch(n -> n.children().stream().anyMatch(c -> c.name().toLowerCase(Locale.ROOT).contains("sw-")));
	}

	private static OutlineNode selected(DdcOutlinePage page) {
		return page.getSelection() instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof OutlineNode node ? node : null;
	}

	/** Lines that start a top-level element: a keyword in column 1 followed by a name. */
	private static int countTopLevelDeclarations(String text) {
		int count = 0;
		for (String line : text.split("\n")) {
			if (line.matches("[a-z][a-z-]* (\"[^\"]*\"|[A-Za-z_][A-Za-z0-9_-]*).*") && !line.startsWith("//")) {
				count++;
			}
		}
		return count;
	}
}
