package org.ddc.ui.editor;

import org.eclipse.ui.editors.text.TextEditor;

/** The .ddc editor. */
public class DdcEditor extends TextEditor {
	public static final String ID = "org.ddc.ui.editor";
}
