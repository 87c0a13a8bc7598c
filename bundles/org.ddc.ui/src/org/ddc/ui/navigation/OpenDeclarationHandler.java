package org.ddc.ui.navigation;

import org.ddc.ui.editor.DdcEditor;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

/** F3: opens the declaration of the element named at the caret. */
public class OpenDeclarationHandler extends AbstractHandler {
	@Override
	public Object execute(ExecutionEvent event) {
		DdcEditor editor = Navigation.editorOf(event);
		Declaration declaration = editor != null ? Navigation.declarationAt(editor, Navigation.caret(editor)) : null;
		if (declaration != null) {
			Navigation.reveal(declaration);
		} else if (editor != null) {
			editor.getEditorSite().getActionBars().getStatusLineManager()
					.setMessage("No declaration: the caret is not on the name of a design element");
		}
		return null;
	}
}
