package org.ddc.ui.commands;

import org.ddc.ui.diagram.DiagramView;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Show Diagram (context menu of the ddc editor): opens the ddc Diagram view, which shows the editor's design. */
public class ShowDiagramHandler extends AbstractHandler {
	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		try {
			HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(DiagramView.ID);
		} catch (PartInitException e) {
			throw new ExecutionException("could not open the ddc Diagram view", e);
		}
		return null;
	}
}
