package org.ddc.ui.commands;

import org.ddc.ui.editor.DdcEditor;
import org.ddc.ui.editor.ToggleComment;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.handlers.HandlerUtil;

/** Ctrl+/ in the .ddc editor. */
public class ToggleCommentHandler extends AbstractHandler {
	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof DdcEditor editor && editor.isEditable()
				&& editor.getSelectionProvider().getSelection() instanceof ITextSelection selection) {
			try {
				editor.compoundChange(() -> ToggleComment.toggle(editor.document(), selection));
			} catch (BadLocationException e) {
				// the selection no longer fits the text: nothing to do
			}
		}
		return null;
	}
}
