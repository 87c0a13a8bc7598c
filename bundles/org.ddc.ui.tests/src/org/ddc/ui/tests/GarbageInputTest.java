package org.ddc.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.ddc.ui.editor.DdcEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Garbage never reaches the user as an error dialog or an exception in the log, and the editor keeps answering:
 * a binary file named .ddc, a 5 MB design, unbalanced braces.
 */
class GarbageInputTest {
	private final List<IStatus> logged = new ArrayList<>();
	private final ILogListener listener = (status, plugin) -> {
		if (status.getSeverity() == IStatus.ERROR || status.getException() != null) {
			logged.add(status);
		}
	};

	@BeforeEach
	void listen() {
		Platform.addLogListener(listener);
	}

	@AfterEach
	void stopListening() {
		Workbench.closeEditors();
		Platform.removeLogListener(listener);
	}

	@Test
	void binaryFile_isReportedAndNeverThrows() throws Exception {
		byte[] bytes = new byte[20_000];
		new Random(7).nextBytes(bytes);
		IProject project = Workbench.project("garbage-binary", Map.of());
		IFile file = project.getFile("image.ddc");
		file.create(new ByteArrayInputStream(bytes), IResource.FORCE, null);
		openTypeAndCheck(file, 2);
	}

	@Test
	void unbalancedBraces_areSyntaxErrors() throws Exception {
		IProject project = Workbench.project("garbage-braces", Map.of("open.ddc",
				"design D { platform hyperv-2012-r2\nswitch SW-1 { ports 24 { {\n}}}}}\nworkload W { memory 4 GB\n"));
		DdcEditor editor = openTypeAndCheck(project.getFile("open.ddc"), 2);
		assertTrue(Workbench.annotations(editor).stream().anyMatch(a -> a.finding().code().equals("DDC-SYNTAX")),
				"unbalanced braces are reported as syntax errors");
	}

	@Test
	void fiveMegabyteDesign_opensAndStaysResponsive() throws Exception {
		String contoso = Files.readString(Workbench.EXAMPLES.resolve("contoso/contoso.ddc"));
		StringBuilder big = new StringBuilder();
		for (int copy = 0; big.length() < 5_000_000; copy++) {
			// each copy renamed, so that the design is large but not one big name clash
			big.append(contoso.replace("CON-", "C" + copy + "-").replace("design Contoso", "// design Contoso"));
		}
		IProject project = Workbench.project("garbage-big", Map.of("big.ddc", big.toString()));
		openTypeAndCheck(project.getFile("big.ddc"), 30);
	}

	/** Opens the file, waits for live validation, types a character, and checks dialogs and the log. */
	private DdcEditor openTypeAndCheck(IFile file, int seconds) throws Exception {
		DdcEditor editor = Workbench.open(file);
		Workbench.waitUntil("live validation of " + file.getName(), () -> !Workbench.annotations(editor).isEmpty()
				|| editor.semanticHighlighter() != null && !editor.semanticHighlighter().spans().isEmpty());
		// the project's first build and the first whole-design pass finish before the keystroke is timed: the
		// figure is the editor's answer to typing, not the initial build of a 5 MB file racing it
		Workbench.settle();
		long before = System.nanoTime();
		editor.document().replace(0, 0, "x");
		Workbench.settle();
		long tookMs = (System.nanoTime() - before) / 1_000_000;
		assertTrue(tookMs < seconds * 1000L, "the editor answered after " + tookMs + " ms");
		Shell[] shells = Display.getCurrent().getShells();
		assertEquals(1, Arrays.stream(shells).filter(Shell::isVisible).count(), "no dialog opened");
		assertEquals(List.of(), logged, "nothing was logged");
		return editor;
	}
}
