package org.ddc.ui.search;

import org.ddc.ui.editor.DdcEditor;
import org.ddc.ui.navigation.Navigation;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.search.ui.NewSearchUI;

/** Ctrl+Shift+G: the references to the element at the caret across the design, in the Search view. */
public class FindReferencesHandler extends AbstractHandler {
	@Override
	public Object execute(ExecutionEvent event) {
		DdcEditor editor = Navigation.editorOf(event);
		if (editor != null && editor.liveDesign() != null) {
			NewSearchUI.runQueryInBackground(
					new ReferencesQuery(editor.liveDesign(), editor.filePath(), Navigation.caret(editor)));
		}
		return null;
	}
}
