package org.ddc.ui.tests;

import java.util.Map;

import org.ddc.ui.editor.DdcEditor;
import org.ddc.ui.navigation.FileIndex;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;

/** A small design over four files (one switch declared in one, referred to from two others) for navigation tests. */
final class NavFixtures {
	static final String DESIGN = "design D { platform hyperv-2012-r2 }\n";
	static final String SWITCHES = "switch SW-1 {\n\tports 24\n\tmanaged yes\n}\nswitch SW-2 { ports 24 managed yes }\n";
	static final String NET = "subnet NET-A {\n\tcidr \"10.0.0.0/24\"\n\tswitches SW-1, SW-2\n}\n"
			+ "subnet NET-B {\n\tcidr \"10.0.1.0/24\"\n\tswitches SW-1\n}\n";
	static final String NET_C = "subnet NET-C {\n\tcidr \"10.0.2.0/24\"\n\tswitches SW-1\n}\n";

	private NavFixtures() {
	}

	static IProject crossFileDesign(String name) throws CoreException {
		return Workbench.project(name, Map.of("design.ddc", DESIGN, "switches.ddc", SWITCHES, "net.ddc", NET,
				"net-c.ddc", NET_C));
	}

	/** Waits until the editor's navigation index describes its current text. */
	static FileIndex indexed(DdcEditor editor) {
		Workbench.waitUntil("the navigation index of " + editor.getTitle() + " is current",
				() -> editor.navigation() != null && editor.navigation().index().current() != null);
		return editor.navigation().index().current();
	}

	/** The offset of the n-th (0-based) occurrence of a text. */
	static int nth(String text, String what, int n) {
		int at = text.indexOf(what);
		for (int i = 0; i < n && at >= 0; i++) {
			at = text.indexOf(what, at + 1);
		}
		if (at < 0) {
			throw new AssertionError("'" + what + "' #" + n + " not in the text");
		}
		return at;
	}
}
