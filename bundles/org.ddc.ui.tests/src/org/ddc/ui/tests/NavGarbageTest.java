package org.ddc.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.ddc.ui.editor.DdcEditor;
import org.ddc.ui.hover.DdcTextHover;
import org.ddc.ui.navigation.DeclarationHyperlinkDetector;
import org.ddc.ui.navigation.Navigation;
import org.ddc.ui.outline.DdcOutlinePage;
import org.ddc.ui.rename.RenameElementRefactoring;
import org.ddc.ui.search.ReferencesQuery;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.text.Region;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every navigation feature at every offset of broken text: answers or nothing, never an error in the log. */
class NavGarbageTest {
	private static final String GARBAGE = "workload W-1 { subnets , , NET-9 group }\n"
			+ "switch { ports ;; }}} subnet \"unterminated\nswitch SW-1 { partner SW-1 partner }\n"
			+ "host-design H { adapter A ports 1 speed 1 Gbps { port 1 switch SW-1 } team T members A, B, \n"
			+ "/* open comment\n";

	@AfterEach
	void closeEditors() {
		Workbench.closeEditors();
	}

	@Test
	void brokenText_neverLogsAnErrorFromNavigation() throws Exception {
		List<IStatus> logged = new CopyOnWriteArrayList<>();
		ILogListener listener = (status, plugin) -> {
			if (status.getSeverity() == IStatus.ERROR && mentionsNavigation(status)) {
				logged.add(status);
			}
		};
		Platform.addLogListener(listener);
		try {
			IProject project = Workbench.project("nav-garbage", Map.of("g.ddc", GARBAGE));
			PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(IPageLayout.ID_OUTLINE);
			DdcEditor editor = Workbench.open(project.getFile("g.ddc"));
			NavFixtures.indexed(editor);
			DdcOutlinePage page = (DdcOutlinePage) editor.getAdapter(IContentOutlinePage.class);
			DdcTextHover hover = new DdcTextHover(editor);
			DeclarationHyperlinkDetector links = new DeclarationHyperlinkDetector(editor);
			int length = editor.document().getLength();
			for (int offset = 0; offset <= length; offset += 3) {
				hover.getHoverInfo2(editor.viewer(), hover.getHoverRegion(editor.viewer(), offset));
				links.detectHyperlinks(editor.viewer(), new Region(offset, 0), false);
				editor.selectAndReveal(offset, 0);
				editor.navigation().occurrences().update();
				Navigation.declarationAt(editor, offset);
				new ReferencesQuery(editor.liveDesign(), editor.filePath(), offset).run(new NullProgressMonitor());
				new RenameElementRefactoring(editor.liveDesign(), editor.filePath(), offset,
						editor.injector().getInstance(IValueConverterService.class))
						.checkInitialConditions(new NullProgressMonitor());
			}
			editor.setFocus();
			Workbench.waitUntil("the outline shows what parsed", () -> page.shown().stream()
					.anyMatch(node -> node.name().equals("W-1")));
			editor.document().replace(0, 0, "}}}{{{\"");
			NavFixtures.indexed(editor);
			Workbench.settle();
		} finally {
			Platform.removeLogListener(listener);
		}
		assertEquals(List.of(), logged);
	}

	private static boolean mentionsNavigation(IStatus status) {
		if (status.getException() == null) {
			return status.getPlugin().equals("org.ddc.ui");
		}
		for (StackTraceElement frame : status.getException().getStackTrace()) {
			if (frame.getClassName().matches("org\\.ddc\\.ui\\.(navigation|outline|search|rename|hover|folding)\\..*")) {
				return true;
			}
		}
		return false;
	}
}
