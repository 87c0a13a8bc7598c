package org.ddc.ui.wizards;

import org.ddc.templates.StarterDesign;
import org.ddc.ui.preferences.NewDesignPreferences;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;

/**
 * File → New → ddc Design File: a .ddc file in a chosen folder; the starter design when the folder's design has no
 * file yet, else a file for more elements of that design.
 */
public class NewDesignFileWizard extends Wizard implements INewWizard {
	public static final String ID = "org.ddc.ui.wizards.newFile";
	private IStructuredSelection selection;
	private IWorkbench workbench;
	private WizardNewFileCreationPage page;
	private IFile created;

	public NewDesignFileWizard() {
		setWindowTitle("New ddc Design File");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = selection != null ? selection : org.eclipse.jface.viewers.StructuredSelection.EMPTY;
	}

	@Override
	public void addPages() {
		page = new WizardNewFileCreationPage("file", selection);
		page.setTitle("ddc Design File");
		page.setDescription("A .ddc file: all .ddc files below a folder with ddc.properties (or in a project) form one design.");
		page.setFileExtension("ddc");
		page.setFileName("design.ddc");
		addPage(page);
	}

	public WizardNewFileCreationPage page() {
		return page;
	}

	public IFile created() {
		return created;
	}

	@Override
	public boolean performFinish() {
		IResource target = ResourcesPlugin.getWorkspace().getRoot().findMember(page.getContainerFullPath());
		if (!(target instanceof IContainer folder)) {
			page.setErrorMessage("Choose an existing folder");
			return false;
		}
		String name = page.getFileName();
		StarterDesign.Settings settings = NewDesignPreferences.current();
		if (!NewDesignProjectWizard.create(this, page, name,
				monitor -> created = NewDesigns.file(folder, name, settings, monitor))) {
			return false;
		}
		NewDesignProjectWizard.open(workbench, created);
		return true;
	}
}
