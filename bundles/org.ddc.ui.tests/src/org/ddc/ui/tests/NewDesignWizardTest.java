package org.ddc.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.ddc.templates.StarterDesign;
import org.ddc.ui.DdcUiPlugin;
import org.ddc.ui.builder.DdcNature;
import org.ddc.ui.builder.Markers;
import org.ddc.ui.preferences.NewDesignPreferences;
import org.ddc.ui.wizards.DdcPerspective;
import org.ddc.ui.wizards.NewDesignFileWizard;
import org.ddc.ui.wizards.NewDesignProjectWizard;
import org.ddc.ui.wizards.NewDesignWizard;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.ddc.ui.editor.DdcEditor;
import org.eclipse.ui.IEditorPart;
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

	/** Error and warning markers of a resource and everything in it, as "file:line: message". */
	private static List<String> problems(IResource resource) throws Exception {
		return Workbench.markers(resource).stream()
				.filter(m -> m.getAttribute(IMarker.SEVERITY, -1) >= IMarker.SEVERITY_WARNING)
				.map(m -> m.getResource().getName() + ":" + m.getAttribute(IMarker.LINE_NUMBER, 0) + ": "
						+ m.getAttribute(IMarker.MESSAGE, ""))
				.toList();
	}

	private static String text(IFile file) throws Exception {
		return new String(file.getContents().readAllBytes(), file.getCharset());
	}

	@Test
	void theProjectWizard_createsADdcProjectWhoseStarterDesignHasNoErrorsOrWarnings() throws Exception {
		IFile starter = newProject("wizard-default");
		IProject project = starter.getProject();
		assertTrue(project.hasNature(DdcNature.ID));
		assertEquals("design.ddc", starter.getName());
		for (String file : StarterDesign.FILES) {
			assertTrue(project.getFile(file).exists(), file);
		}
		Workbench.build();
		assertFalse(Workbench.markers(project).isEmpty(), "the builder ran (the starter has informational findings)");
		assertEquals(List.of(), problems(project));
		String text = text(starter);
		assertTrue(text.contains("design wizard-default {"), "named after the project");
		assertTrue(text.contains("platform hyperv-2012-r2") && text.contains("peak-buffer 20 %"), "defaults");
		assertTrue(text(project.getFile("1-workloads.ddc")).contains("// Step 1: Determine the Dynamic Datacenter scope"),
				"comments say what to fill in");
		assertTrue(text(project.getFile("1-workloads.ddc")).contains("workload WIZARD-WEB {"), "prefixed names");
	}

	@Test
	void thePreferences_setThePlatformAndPolicyOfNewDesigns() throws Exception {
		IPreferenceStore store = DdcUiPlugin.getDefault().getPreferenceStore();
		store.setValue(NewDesignPreferences.PLATFORM, "hyperv-2008-r2");
		store.setValue(NewDesignPreferences.PEAK_BUFFER, 30);
		store.setValue(NewDesignPreferences.GROWTH, 40);
		store.setValue(NewDesignPreferences.FAILOVER_RESERVE, 2);
		IFile starter = newProject("wizard-preferences");
		String text = text(starter);
		assertTrue(text.contains("platform hyperv-2008-r2"), text);
		assertTrue(text.contains("peak-buffer 30 %") && text.contains("growth 40 %") && text.contains("failover-reserve N + 2"));
		// two hosts keep the load-balanced pair apart, N + 2 adds two
		assertTrue(text(starter.getProject().getFile("2-hosts.ddc")).contains("\tquantity 4 "));
		Workbench.build();
		assertEquals(List.of(), problems(starter.getProject()));
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
		assertEquals(List.of(), errors(project.getFile("design.ddc")));
	}

	/** The ddc Design wizard in its dialog, on a selection, with a name (and a folder, when not null) typed. */
	private record DesignDialog(NewDesignWizard wizard, WizardDialog dialog) implements AutoCloseable {
		static DesignDialog open(IResource selected, String name, String folder) {
			NewDesignWizard wizard = new NewDesignWizard();
			wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(selected));
			WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
					wizard);
			dialog.create();
			wizard.page().setDesignName(name);
			if (folder != null) {
				wizard.page().setFolderText(folder);
			}
			return new DesignDialog(wizard, dialog);
		}

		String error() {
			return wizard.page().getErrorMessage();
		}

		@Override
		public void close() {
			dialog.close();
		}
	}

	@Test
	void theDesignWizard_writesTheStarterIntoAProject_opensDesignDdc_andTheBuildFindsNoErrorsOrWarnings()
			throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("wizard-design");
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null); // a plain project: the wizard adds the ddc nature
		IFile design = project.getFile("design.ddc");
		try (DesignDialog dialog = DesignDialog.open(project, "Fabrikam", null)) {
			assertEquals("/wizard-design", dialog.wizard().page().folderText(), "an empty project takes the design");
			assertTrue(dialog.wizard().canFinish(), dialog.error());
			assertTrue(dialog.wizard().performFinish());
			assertEquals(design, dialog.wizard().created());
		}
		for (String file : StarterDesign.FILES) {
			assertTrue(project.getFile(file).exists(), file);
		}
		assertTrue(project.hasNature(DdcNature.ID));
		assertTrue(text(design).contains("\ndesign Fabrikam {\n"));
		assertTrue(text(project.getFile("5-network.ddc")).contains("switch FABRIKAM-SW-A {"));
		IEditorPart editor = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor();
		assertTrue(editor instanceof DdcEditor, "the ddc editor is open: " + editor);
		assertEquals(design, editor.getEditorInput().getAdapter(IFile.class));
		Workbench.build();
		assertFalse(Workbench.markers(project).isEmpty(), "the builder ran (the starter has informational findings)");
		assertEquals(List.of(), problems(project));
	}

	@Test
	void theDesignWizard_suggestsASubFolderBesideAnotherDesign_andRefusesFilesInTheWay() throws Exception {
		IProject project = Workbench.project("wizard-design-2", Map.of("old.ddc", "design Old { }\n"));
		try (DesignDialog beside = DesignDialog.open(project, "Lab West", null)) {
			assertEquals("/wizard-design-2/Lab West", beside.wizard().page().folderText(),
					"the project holds a design already");
			assertTrue(beside.wizard().canFinish(), beside.error());
		}
		try (DesignDialog into = DesignDialog.open(project, "Lab", "/wizard-design-2")) {
			assertFalse(into.wizard().canFinish());
			assertTrue(into.error().contains("holds .ddc files already (old.ddc)"), into.error());
			into.wizard().page().setDesignName("a.b");
			assertTrue(into.error().startsWith("The design name contains '.'"), into.error());
		}
		assertEquals("design Old { }\n", text(project.getFile("old.ddc")));
		assertFalse(project.getFile("design.ddc").exists());
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
				List.of(NewDesignWizard.ID, NewDesignProjectWizard.ID, NewDesignFileWizard.ID)));
	}
}
