package org.ddc.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.ddc.dsl.validation.Finding;
import org.ddc.ui.design.WorkspaceDesigns;
import org.ddc.ui.editor.DdcEditor;
import org.ddc.ui.rename.RenameElementRefactoring;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ltk.core.refactoring.CheckConditionsOperation;
import org.eclipse.ltk.core.refactoring.PerformRefactoringOperation;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Rename updates the declaration and every reference in every file, open or not, saved or not. */
class NavRenameTest {
	private static final String UNSAVED = "subnet NET-X {\n\tcidr \"10.0.9.0/24\"\n\tswitches SW-1\n}\n";

	@AfterEach
	void closeEditors() {
		Workbench.closeEditors();
	}

	@Test
	void renamingASwitch_updatesAllFilesIncludingUnsavedText_andTheDesignStillResolves() throws Exception {
		IProject project = NavFixtures.crossFileDesign("nav-rename");
		DdcEditor switches = Workbench.open(project.getFile("switches.ddc"));
		DdcEditor net = Workbench.open(project.getFile("net.ddc"));
		net.document().replace(net.document().getLength(), 0, UNSAVED); // a reference only the editor has
		NavFixtures.indexed(net);
		NavFixtures.indexed(switches);
		RenameElementRefactoring rename = refactoring(switches, switches.document().get().indexOf("SW-1"));
		assertTrue(rename.checkInitialConditions(new NullProgressMonitor()).isOK());
		assertEquals("switch SW-1", rename.elementTitle());

		rename.setNewName("SW-CORE-1");
		PerformRefactoringOperation operation = new PerformRefactoringOperation(rename,
				CheckConditionsOperation.ALL_CONDITIONS);
		ResourcesPlugin.getWorkspace().run(operation, new NullProgressMonitor());

		assertFalse(operation.getConditionStatus().hasError(), operation.getConditionStatus().toString());
		assertTrue(switches.document().get().startsWith("switch SW-CORE-1 {"));
		assertEquals(3, count(net.document().get(), "SW-CORE-1"));
		assertFalse(net.document().get().contains("SW-1"));
		assertTrue(net.isDirty(), "the editor with unsaved text stays unsaved");
		assertFalse(contents(project.getFile("net.ddc")).contains("NET-X"), "unsaved text is not written");
		String closed = contents(project.getFile("net-c.ddc"));
		assertTrue(closed.contains("switches SW-CORE-1") && !closed.contains("SW-1"), closed);

		for (String file : List.of("net.ddc", "net-c.ddc", "switches.ddc")) {
			Path path = WorkspaceDesigns.path(project.getFile(file).getLocation());
			List<Finding> findings = net.liveDesign().validate(path, CheckMode.ALL, CancelIndicator.NullImpl);
			assertTrue(findings.stream().noneMatch(f -> f.code().equals("DDC-UNRESOLVED")), file + ": " + findings);
		}
		Workbench.waitUntil("the editor shows no unresolved name", () -> Workbench.annotations(net).stream()
				.noneMatch(a -> a.finding().code().equals("DDC-UNRESOLVED")));
	}

	@Test
	void invalidOrTakenNames_areRefusedWithAReason() throws Exception {
		IProject project = NavFixtures.crossFileDesign("nav-rename-refuse");
		DdcEditor net = Workbench.open(project.getFile("net.ddc"));
		NavFixtures.indexed(net);
		RenameElementRefactoring rename = refactoring(net, NavFixtures.nth(net.document().get(), "SW-1", 0));
		assertTrue(rename.checkInitialConditions(new NullProgressMonitor()).isOK());

		assertTrue(message(rename, "SW-2").contains("taken"), message(rename, "SW-2"));
		assertTrue(message(rename, "NET-A").contains("taken"), "top-level names are unique across kinds");
		assertTrue(message(rename, "SW.1").contains("'.'"));
		assertTrue(message(rename, " ").contains("Enter a name"));
		assertTrue(message(rename, "SW-1").contains("other than the current"));
		assertTrue(rename.checkNewName("core switch 1").isOK(), "a quoted name is fine");

		RenameElementRefactoring nowhere = refactoring(net, net.document().get().indexOf("cidr"));
		assertTrue(nowhere.checkInitialConditions(new NullProgressMonitor()).hasFatalError());
	}

	@Test
	void aNameWithSpaces_isWrittenQuoted() throws Exception {
		IProject project = NavFixtures.crossFileDesign("nav-rename-quoted");
		DdcEditor switches = Workbench.open(project.getFile("switches.ddc"));
		NavFixtures.indexed(switches);
		RenameElementRefactoring rename = refactoring(switches, switches.document().get().indexOf("SW-2"));
		rename.checkInitialConditions(new NullProgressMonitor());
		rename.setNewName("core switch 2");
		ResourcesPlugin.getWorkspace().run(new PerformRefactoringOperation(rename,
				CheckConditionsOperation.ALL_CONDITIONS), new NullProgressMonitor());
		assertTrue(switches.document().get().contains("switch \"core switch 2\" {"), switches.document().get());
		assertTrue(contents(project.getFile("net.ddc")).contains("switches SW-1, \"core switch 2\""));
	}

	private static RenameElementRefactoring refactoring(DdcEditor editor, int offset) {
		return new RenameElementRefactoring(editor.liveDesign(), editor.filePath(), offset,
				editor.injector().getInstance(IValueConverterService.class));
	}

	private static String message(RenameElementRefactoring rename, String name) {
		var status = rename.checkNewName(name);
		assertTrue(status.hasFatalError(), name + " must be refused");
		return status.getMessageMatchingSeverity(status.getSeverity());
	}

	private static int count(String text, String what) {
		return text.split(java.util.regex.Pattern.quote(what), -1).length - 1;
	}

	private static String contents(IFile file) throws CoreException, IOException {
		try (InputStream in = file.getContents(true)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
