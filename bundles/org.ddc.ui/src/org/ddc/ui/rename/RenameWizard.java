package org.ddc.ui.rename;

import org.eclipse.ltk.core.refactoring.RefactoringStatus;
import org.eclipse.ltk.ui.refactoring.RefactoringWizard;
import org.eclipse.ltk.ui.refactoring.UserInputWizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The dialog of "Rename Element": the new name, checked as it is typed, then the preview of every file's edits. */
public class RenameWizard extends RefactoringWizard {
	public RenameWizard(RenameElementRefactoring refactoring) {
		super(refactoring, DIALOG_BASED_USER_INTERFACE | PREVIEW_EXPAND_FIRST_NODE);
		setDefaultPageTitle("Rename Element");
	}

	@Override
	protected void addUserInputPages() {
		addPage(new NamePage((RenameElementRefactoring) getRefactoring()));
	}

	/** The new-name field. */
	static final class NamePage extends UserInputWizardPage {
		private final RenameElementRefactoring refactoring;

		NamePage(RenameElementRefactoring refactoring) {
			super("name");
			this.refactoring = refactoring;
		}

		@Override
		public void createControl(Composite parent) {
			Composite composite = new Composite(parent, SWT.NONE);
			composite.setLayout(new GridLayout(2, false));
			new Label(composite, SWT.NONE).setText("New name of " + refactoring.elementTitle() + ":");
			Text name = new Text(composite, SWT.BORDER);
			name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			name.setText(refactoring.oldName());
			name.selectAll();
			name.addModifyListener(event -> changed(name.getText()));
			setControl(composite);
			setPageComplete(false); // the current name is not a rename
			name.setFocus();
		}

		private void changed(String text) {
			refactoring.setNewName(text);
			RefactoringStatus status = refactoring.checkNewName(text);
			setPageComplete(status);
		}
	}
}
