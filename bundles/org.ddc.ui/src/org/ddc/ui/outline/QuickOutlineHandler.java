package org.ddc.ui.outline;

import java.util.List;

import org.ddc.ui.editor.DdcEditor;
import org.ddc.ui.navigation.FileIndex;
import org.ddc.ui.navigation.Navigation;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

/** Ctrl+O: opens the {@link QuickOutline} of the active .ddc editor. */
public class QuickOutlineHandler extends AbstractHandler {
	@Override
	public Object execute(ExecutionEvent event) {
		DdcEditor editor = Navigation.editorOf(event);
		if (editor != null && editor.navigation() != null) {
			FileIndex index = editor.navigation().index().latest();
			List<OutlineNode> nodes = index != null ? index.outline() : List.of();
			new QuickOutline(editor.getSite().getShell(), editor, nodes).open();
		}
		return null;
	}
}
