package org.ddc.ui.commands;

import org.ddc.ui.editor.DdcEditor;
import org.ddc.ui.format.EditorFormatting;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Region;
import org.eclipse.ui.handlers.HandlerUtil;

/** Ctrl+Shift+F in the .ddc editor: formats the selected lines, or the whole file when nothing is selected. */
public class FormatHandler extends AbstractHandler {
	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof DdcEditor editor && editor.isEditable()
				&& editor.validateEditorInputState()) {
			Region region = editor.getSelectionProvider().getSelection() instanceof ITextSelection selection
					&& selection.getLength() > 0 ? new Region(selection.getOffset(), selection.getLength()) : null;
			EditorFormatting.format(editor, region);
		}
		return null;
	}
}
