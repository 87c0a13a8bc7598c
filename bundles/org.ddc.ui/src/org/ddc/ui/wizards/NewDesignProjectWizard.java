package org.ddc.ui.wizards;

import java.lang.reflect.InvocationTargetException;

import org.ddc.ui.DdcUiPlugin;
import org.ddc.templates.StarterDesign;
import org.ddc.ui.preferences.NewDesignPreferences;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.ide.IDE;

/**
 * File → New → ddc Design Project: a project with the ddc nature, a ddc.properties marking the design root and a
 * starter design (platform and sizing policy from Preferences → ddc) that validates without errors.
 */
public class NewDesignProjectWizard extends Wizard implements INewWizard {
	public static final String ID = "org.ddc.ui.wizards.newProject";
	private WizardNewProjectCreationPage page;
	private IWorkbench workbench;
	private IFile created;
	private String initialName;

	public NewDesignProjectWizard() {
		setWindowTitle("New ddc Design Project");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
	}

	@Override
	public void addPages() {
		page = new WizardNewProjectCreationPage("project");
		if (initialName != null) {
			page.setInitialProjectName(initialName);
		}
		page.setTitle("ddc Design Project");
		page.setDescription("A project holding one datacenter design; it is validated as you type and on save.");
		addPage(page);
	}

	/** The project name the page starts with (before the pages are created). */
	public void setInitialName(String name) {
		initialName = name;
	}

	/** The wizard's page. */
	public WizardNewProjectCreationPage page() {
		return page;
	}

	/** The starter design created by the last finish. */
	public IFile created() {
		return created;
	}

	@Override
	public boolean performFinish() {
		String name = page.getProjectName();
		java.net.URI location = page.useDefaults() ? null : page.getLocationURI();
		StarterDesign.Settings settings = NewDesignPreferences.current();
		if (!create(this, page, "the project " + name,
				monitor -> created = NewDesigns.project(name, location, settings, monitor))) {
			return false;
		}
		open(workbench, created);
		return true;
	}

	/**
	 * Runs a creation in the wizard's container as one workspace operation; a failure is shown on the page and
	 * logged. Returns whether it succeeded.
	 */
	static boolean create(Wizard wizard, WizardPage page, String what, IWorkspaceRunnable creation) {
		try {
			wizard.getContainer().run(false, false, monitor -> {
				try {
					ResourcesPlugin.getWorkspace().run(creation, monitor);
				} catch (CoreException e) {
					throw new InvocationTargetException(e);
				}
			});
			return true;
		} catch (InvocationTargetException e) {
			page.setErrorMessage("Could not create " + what + ": " + e.getCause().getMessage());
			DdcUiPlugin.log("could not create " + what, e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return false;
	}

	static void open(IWorkbench workbench, IFile file) {
		if (workbench == null || file == null || workbench.getActiveWorkbenchWindow() == null) {
			return;
		}
		try {
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file, true);
		} catch (PartInitException e) {
			DdcUiPlugin.log("could not open " + file, e);
		}
	}
}
