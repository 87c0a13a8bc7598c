package org.ddc.ui.rename;

import org.ddc.ui.editor.DdcEditor;
import org.ddc.ui.navigation.Navigation;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ltk.ui.refactoring.RefactoringWizardOpenOperation;
import org.eclipse.xtext.conversion.IValueConverterService;

/** Alt+Shift+R: renames the element at the caret across the design, with a preview. */
public class RenameHandler extends AbstractHandler {
	@Override
	public Object execute(ExecutionEvent event) {
		DdcEditor editor = Navigation.editorOf(event);
		if (editor == null) {
			return null;
		}
		RenameElementRefactoring refactoring = new RenameElementRefactoring(editor.liveDesign(), editor.filePath(),
				Navigation.caret(editor), editor.injector().getInstance(IValueConverterService.class));
		try {
			new RefactoringWizardOpenOperation(new RenameWizard(refactoring)).run(editor.getSite().getShell(),
					"Rename Element");
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return null;
	}
}
