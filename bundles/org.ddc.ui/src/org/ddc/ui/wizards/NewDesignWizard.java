package org.ddc.ui.wizards;

import org.ddc.templates.StarterDesign;
import org.ddc.ui.preferences.NewDesignPreferences;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;

/**
 * File → New → ddc Design: the starter design of {@code ddc new} (one commented file per step of the guide, named
 * after the design) in a project or folder; opens its design.ddc. Platform and sizing policy from Preferences → ddc.
 */
public class NewDesignWizard extends Wizard implements INewWizard {
	public static final String ID = "org.ddc.ui.wizards.newDesign";
	private IWorkbench workbench;
	private IContainer base;
	private NewDesignPage page;
	private IFile created;

	public NewDesignWizard() {
		setWindowTitle("New ddc Design");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		Object first = selection == null ? null : selection.getFirstElement();
		IResource resource = first instanceof IResource r ? r
				: first instanceof org.eclipse.core.runtime.IAdaptable a ? a.getAdapter(IResource.class) : null;
		if (resource instanceof IContainer container && !(container instanceof org.eclipse.core.resources.IWorkspaceRoot)) {
			base = container;
		} else if (resource != null) {
			base = resource.getParent();
		} else {
			for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
				if (project.isOpen()) {
					base = project;
					break;
				}
			}
		}
	}

	@Override
	public void addPages() {
		page = new NewDesignPage(base);
		addPage(page);
	}

	public NewDesignPage page() {
		return page;
	}

	/** The design.ddc of the design created by the last finish. */
	public IFile created() {
		return created;
	}

	@Override
	public boolean performFinish() {
		IContainer folder = page.target();
		String name = page.designName();
		StarterDesign.Settings settings = NewDesignPreferences.current();
		if (folder == null || !NewDesignProjectWizard.create(this, page, "the design " + name,
				monitor -> created = NewDesigns.design(folder, name, settings, monitor))) {
			return false;
		}
		NewDesignProjectWizard.open(workbench, created);
		return true;
	}
}
