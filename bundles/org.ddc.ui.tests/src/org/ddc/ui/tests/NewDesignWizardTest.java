package org.ddc.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.ddc.ui.DdcUiPlugin;
import org.ddc.ui.builder.DdcNature;
import org.ddc.ui.builder.Markers;
import org.ddc.ui.preferences.NewDesignPreferences;
import org.ddc.ui.wizards.DdcPerspective;
import org.ddc.ui.wizards.NewDesignFileWizard;
import org.ddc.ui.wizards.NewDesignProjectWizard;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** New ddc Design wizards, the ddc preference page and the ddc perspective. */
class NewDesignWizardTest {


	@AfterEach
	void restore() {
		IPreferenceStore store = DdcUiPlugin.getDefault().getPreferenceStore();
		for (String key : List.of(NewDesignPreferences.PLATFORM, NewDesignPreferences.PEAK_BUFFER,
				NewDesignPreferences.GROWTH, NewDesignPreferences.FAILOVER_RESERVE)) {
			store.setToDefault(key);
		}
		Workbench.closeEditors();
	}

	private static IFile newProject(String name) throws Exception {
		IProject old = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (old.exists()) {
			old.delete(true, true, null);
		}
		NewDesignProjectWizard wizard = new NewDesignProjectWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		wizard.setInitialName(name);
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.create();
		try {
			assertTrue(wizard.canFinish(), "the page is complete with a project name");
			assertTrue(wizard.performFinish());
		} finally {
			dialog.close();
		}
		return wizard.created();
	}

	private static List<IMarker> errors(IFile file) throws Exception {
		return Workbench.markers(file).stream()
				.filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).toList();
	}

	@Test
	void theProjectWizard_createsADdcProjectWhoseStarterDesignHasNoErrors() throws Exception {
		IFile starter = newProject("wizard-default");
		IProject project = starter.getProject();
		assertTrue(project.hasNature(DdcNature.ID));
		assertTrue(project.getFile("ddc.properties").exists(), "the design root is marked");
		Workbench.build();
		List<IMarker> markers = Workbench.markers(starter);
		assertFalse(markers.isEmpty(), "the builder ran (the starter has informational findings)");
		assertEquals(List.of(), errors(starter).stream().map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList());
		String text = new String(starter.getContents().readAllBytes(), starter.getCharset());
		assertTrue(text.contains("design wizard-default {"), "named after the project");
		assertTrue(text.contains("platform hyperv-2012-r2") && text.contains("peak-buffer 20 %"), "defaults");
		assertTrue(text.contains("// Step 1: workloads"), "comments say what to fill in");
	}

	@Test
	void thePreferences_setThePlatformAndPolicyOfNewDesigns() throws Exception {
		IPreferenceStore store = DdcUiPlugin.getDefault().getPreferenceStore();
		store.setValue(NewDesignPreferences.PLATFORM, "hyperv-2008-r2");
		store.setValue(NewDesignPreferences.PEAK_BUFFER, 30);
		store.setValue(NewDesignPreferences.GROWTH, 40);
		store.setValue(NewDesignPreferences.FAILOVER_RESERVE, 2);
		IFile starter = newProject("wizard-preferences");
		String text = new String(starter.getContents().readAllBytes(), starter.getCharset());
		assertTrue(text.contains("platform hyperv-2008-r2"), text.substring(0, 1500));
		assertTrue(text.contains("peak-buffer 30 %") && text.contains("growth 40 %") && text.contains("failover-reserve N + 2"));
		Workbench.build();
		assertEquals(List.of(), errors(starter).stream().map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList());
	}

	@Test
	void theFileWizard_startsANewDesignInANewDesignFolder_andAddsAPlainFileToAnExistingDesign() throws Exception {
		IProject project = newProject("wizard-files").getProject();
		Workbench.write(project.getFile("lab/ddc.properties"), "");
		IFile lab = newFile(project, "lab", "lab");
		IFile more = newFile(project, "", "more");
		String labText = new String(lab.getContents().readAllBytes(), lab.getCharset());
		assertTrue(labText.contains("design lab {"), "a folder of its own design gets a starter");
		String moreText = new String(more.getContents().readAllBytes(), more.getCharset());
		assertFalse(moreText.matches("(?s).*(^|\\n)design .*"), "the project's design has its header already: " + moreText);
		Workbench.build();
		assertEquals(List.of(), errors(lab));
		assertEquals(List.of(), errors(more));
		assertEquals(List.of(), errors(project.getFile("wizard-files.ddc")));
	}

	private static IFile newFile(IProject project, String folder, String name) {
		NewDesignFileWizard wizard = new NewDesignFileWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(folder.isEmpty() ? project : project.getFolder(folder)));
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.create();
		try {
			wizard.page().setFileName(name);
			assertTrue(wizard.performFinish());
		} finally {
			dialog.close();
		}
		assertNotNull(wizard.created());
		assertEquals(name + ".ddc", wizard.created().getName());
		return wizard.created();
	}

	@Test
	void theDdcPreferencePage_isTheParentOfTheColourPage() {
		var manager = PlatformUI.getWorkbench().getPreferenceManager();
		assertNotNull(manager.find("org.ddc.ui.preferences.root"));
		assertNotNull(manager.find("org.ddc.ui.preferences.root/org.ddc.ui.preferences.colours"));
	}

	@Test
	void theDdcPerspective_showsExplorerOutlineProblems_andOffersTheWizards() {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(DdcPerspective.ID));
		Workbench.settle();
		assertNotNull(page.findView("org.eclipse.ui.navigator.ProjectExplorer"));
		assertNotNull(page.findView(IPageLayout.ID_OUTLINE));
		assertNotNull(page.findView(IPageLayout.ID_PROBLEM_VIEW));
		assertTrue(Arrays.asList(page.getNewWizardShortcuts()).containsAll(
				List.of(NewDesignProjectWizard.ID, NewDesignFileWizard.ID)));
	}
}
