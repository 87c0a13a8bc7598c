package org.ddc.ui.wizards;

import java.util.List;
import java.util.Optional;

import org.ddc.templates.DesignName;
import org.ddc.templates.StarterDesign;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ContainerSelectionDialog;

/**
 * The page of the New ddc Design wizard: the design's name and the folder (a project, or a folder in one, created
 * when missing) that receives the starter's files. Until the user edits the folder it follows the selection: the
 * selected folder itself when it holds no design, else a sub-folder named after the design.
 */
public class NewDesignPage extends WizardPage {
	private final IContainer base;
	private Text name;
	private Text folder;
	/** Whether the selected folder can take the design itself (else a sub-folder named after it is suggested). */
	private final boolean baseFree;
	private boolean folderEdited;
	private boolean updating;

	NewDesignPage(IContainer base) {
		super("design");
		this.base = base;
		this.baseFree = base != null && NewDesigns.conflicts(base).isEmpty();
		setTitle("ddc Design");
		setDescription("A starter design, one commented file per step of the guide, that validates without errors "
				+ "or warnings.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
		new Label(page, SWT.NONE).setText("Design &name:");
		name = new Text(page, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(name);
		new Label(page, SWT.NONE).setText("&Folder:");
		folder = new Text(page, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(folder);
		Button browse = new Button(page, SWT.PUSH);
		browse.setText("B&rowse…");
		browse.addListener(SWT.Selection, e -> browse());
		Label files = new Label(page, SWT.WRAP);
		files.setText("Files: " + String.join(", ", StarterDesign.FILES) + ". They are named after the design; "
				+ "Preferences > ddc sets the platform and sizing policy.");
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(400, SWT.DEFAULT).applyTo(files);
		name.addListener(SWT.Modify, e -> {
			if (!folderEdited) {
				showFolder(suggestedFolder());
			}
			validate();
		});
		folder.addListener(SWT.Modify, e -> {
			folderEdited |= !updating;
			validate();
		});
		showFolder(suggestedFolder());
		setControl(page);
		validate();
		setErrorMessage(null); // no complaint before the user typed anything
		name.setFocus();
	}

	private void browse() {
		ContainerSelectionDialog dialog = new ContainerSelectionDialog(getShell(), targetOrBase(), true,
				"Choose the folder of the new design:");
		if (dialog.open() == ContainerSelectionDialog.OK && dialog.getResult().length == 1
				&& dialog.getResult()[0] instanceof IPath path) {
			folder.setText(path.toString());
		}
	}

	private IContainer targetOrBase() {
		IContainer target = target();
		return target != null && target.exists() ? target : base;
	}

	/** The folder the selection suggests for the name typed. */
	private String suggestedFolder() {
		if (base == null) {
			return "";
		}
		String designName = name == null ? "" : name.getText().strip();
		return baseFree || designName.isEmpty() || DesignName.problem(designName).isPresent()
				? base.getFullPath().toString()
				: base.getFullPath().append(designName).toString();
	}

	private void showFolder(String text) {
		updating = true;
		try {
			folder.setText(text);
		} finally {
			updating = false;
		}
	}

	private void validate() {
		String problem = problem();
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	private String problem() {
		Optional<String> nameProblem = DesignName.problem(name.getText());
		if (nameProblem.isPresent()) {
			return Character.toUpperCase(nameProblem.get().charAt(0)) + nameProblem.get().substring(1);
		}
		IPath path = IPath.fromOSString(folder.getText().strip()).makeAbsolute();
		if (path.segmentCount() == 0) {
			return "Choose the folder of the new design: a project, or a folder in one";
		}
		IStatus valid = ResourcesPlugin.getWorkspace().validatePath(path.toString(),
				path.segmentCount() == 1 ? IResource.PROJECT : IResource.FOLDER);
		if (!valid.isOK()) {
			return valid.getMessage();
		}
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(path.segment(0));
		if (!project.isOpen()) {
			return "The project " + path.segment(0) + " does not exist or is closed";
		}
		IResource existing = ResourcesPlugin.getWorkspace().getRoot().findMember(path);
		if (existing != null && !(existing instanceof IContainer)) {
			return path + " is a file, not a folder";
		}
		List<String> conflicts = NewDesigns.conflicts(target());
		return conflicts.isEmpty() ? null : conflicts.get(0);
	}

	/** The folder typed, as a workspace container (which may not exist yet), or null for none. */
	IContainer target() {
		IPath path = IPath.fromOSString(folder.getText().strip()).makeAbsolute();
		if (path.segmentCount() == 0) {
			return null;
		}
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(path.segment(0));
		return path.segmentCount() == 1 ? project : project.getFolder(path.removeFirstSegments(1));
	}

	/** The design name typed (surrounding white space removed). */
	public String designName() {
		return name.getText().strip();
	}

	/** Types a design name, as a user would. */
	public void setDesignName(String text) {
		name.setText(text);
	}

	/** The folder field's text: a workspace path. */
	public String folderText() {
		return folder.getText();
	}

	/** Types a folder, as a user would (the folder then no longer follows the name). */
	public void setFolderText(String text) {
		folder.setText(text);
	}
}
