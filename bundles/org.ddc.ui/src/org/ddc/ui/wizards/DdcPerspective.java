package org.ddc.ui.wizards;

import org.ddc.ui.diagram.DiagramView;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The ddc perspective: Project Explorer left, the editor, Outline right, Problems (and the ddc Diagram view when opened) below; the ddc wizards at hand. */
public class DdcPerspective implements IPerspectiveFactory {
	public static final String ID = "org.ddc.ui.perspective";
	static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.22f, editors);
		left.addView(PROJECT_EXPLORER);
		IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.75f, editors);
		right.addView(IPageLayout.ID_OUTLINE);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.72f, editors);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addPlaceholder(IPageLayout.ID_PROGRESS_VIEW);
		bottom.addPlaceholder(DiagramView.ID);
		layout.addNewWizardShortcut(NewDesignWizard.ID);
		layout.addNewWizardShortcut(NewDesignProjectWizard.ID);
		layout.addNewWizardShortcut(NewDesignFileWizard.ID);
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
		layout.addShowViewShortcut(PROJECT_EXPLORER);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(DiagramView.ID);
	}
}
