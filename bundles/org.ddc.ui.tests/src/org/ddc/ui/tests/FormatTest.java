package org.ddc.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.util.Map;

import org.ddc.ui.editor.DdcEditor;
import org.ddc.ui.format.EditorFormatting;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.Region;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Format (Ctrl+Shift+F): the project's formatter on the live text, one undoable change, selection only if given. */
class FormatTest {

	private static final String MESSY_SWITCH = "switch SW-1 { ports 48 speed 10   Gbps capabilities ieee-802.1q ,snmp   }\n";
	private static final String SWITCH = """
			switch SW-1 {
				ports 48
				speed 10 Gbps
				capabilities ieee-802.1q, snmp
			}
			""";
	private static final String MESSY_RACK = "rack R1 { height 42\n   U feed A 5 kW feed B 5 kW }\n";
	private static final String RACK = """
			rack R1 {
				height 42 U
				feed A 5 kW
				feed B 5 kW
			}
			""";

	@AfterEach
	void closeEditors() {
		Workbench.closeEditors();
	}

	private static DdcEditor open(String name, String text) throws Exception {
		IProject project = Workbench.project("format-" + name, Map.of("d.ddc", text));
		return Workbench.open(project.getFile("d.ddc"));
	}

	private static String format(DdcEditor editor, Region selection) throws InterruptedException {
		EditorFormatting.format(editor, selection).join();
		Workbench.settle();
		return editor.document().get();
	}

	@Test
	void aMessyFile_comesOutAsTheFormatterWritesIt_asOneUndoableChange() throws Exception {
		String messy = MESSY_SWITCH + MESSY_RACK;
		DdcEditor editor = open("messy", messy);
		assertEquals(SWITCH + "\n" + RACK, format(editor, null));
		DocumentUndoManagerRegistry.getDocumentUndoManager(editor.document()).undo();
		assertEquals(messy, editor.document().get(), "one undo restores the text as it was");
	}

	@Test
	void aSelection_formatsOnlyTheSelectedLines() throws Exception {
		DdcEditor editor = open("selection", MESSY_SWITCH + MESSY_RACK);
		int rack = editor.document().get().indexOf("rack");
		// the rack's two lines, partly: formatting widens the selection to whole lines
		String formatted = format(editor, new Region(rack + 2, MESSY_RACK.length() - 4));
		assertEquals(MESSY_SWITCH, formatted.substring(0, MESSY_SWITCH.length()), "the switch is not selected: left as is");
		assertEquals(true, formatted.endsWith(RACK), formatted);
	}

	@Test
	void formattedExamples_areLeftUnchanged() throws Exception {
		for (String example : new String[] { "contoso/contoso.ddc", "broken/broken.ddc", "ipd-sample/ipd-sample.ddc" }) {
			String text = Files.readString(Workbench.EXAMPLES.resolve(example));
			DdcEditor editor = open("example", text);
			// contoso and ipd-sample are in the formatter's layout; broken has syntax errors, so Format leaves it alone
			assertEquals(text, format(editor, null), example + ": Format changes nothing");
			Workbench.closeEditors();
		}
	}

	@Test
	void aFileWithSyntaxErrors_isLeftAlone() throws Exception {
		String broken = "switch SW-1 { ports 48 speed  }\nrack R1 { height 42 U\n";
		DdcEditor editor = open("syntax", broken);
		assertEquals(broken, format(editor, null));
	}
}
