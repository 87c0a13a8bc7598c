package org.ddc.ui.preferences;

import org.ddc.ui.DdcUiPlugin;
import org.ddc.ui.highlighting.Style;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.ColorFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** ddc → Editor Colours: colour, bold and italic of every highlighting style; open editors follow at once. */
public class ColoursPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {
	public static final String ID = "org.ddc.ui.preferences.colours";

	public ColoursPreferencePage() {
		super(GRID);
		setPreferenceStore(DdcUiPlugin.getDefault().getPreferenceStore());
		setDescription("Syntax colouring of the .ddc editor. Lexical styles follow the language's lexer; declared "
				+ "names, references and unresolved names come from the parsed design.");
	}

	@Override
	public void init(IWorkbench workbench) {
	}

	@Override
	protected void createFieldEditors() {
		for (Style style : Style.values()) {
			Composite parent = getFieldEditorParent();
			addField(new ColorFieldEditor(style.colorKey(), style.label() + ":", parent));
			addField(new BooleanFieldEditor(style.boldKey(), "bold", parent));
			addField(new BooleanFieldEditor(style.italicKey(), "italic", parent));
		}
	}
}
