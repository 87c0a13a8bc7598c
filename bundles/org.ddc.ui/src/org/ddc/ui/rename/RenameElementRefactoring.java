package org.ddc.ui.rename;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.ddc.ui.design.LiveDesign;
import org.ddc.ui.design.WorkspaceDesigns;
import org.ddc.ui.navigation.Declaration;
import org.ddc.ui.navigation.DesignReferences;
import org.ddc.ui.navigation.DesignReferences.Reference;
import org.ddc.ui.navigation.DesignReferences.Usage;
import org.ddc.ui.navigation.TextRange;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.ltk.core.refactoring.Change;
import org.eclipse.ltk.core.refactoring.CompositeChange;
import org.eclipse.ltk.core.refactoring.Refactoring;
import org.eclipse.ltk.core.refactoring.RefactoringStatus;
import org.eclipse.ltk.core.refactoring.TextFileChange;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.eclipse.text.edits.TextEditGroup;
import org.eclipse.xtext.conversion.IValueConverterService;

/**
 * Renames a design element: its declaration and every reference to it in every file of the design. The edits go
 * through text file buffers, so files open in editors change in place (unsaved text included, dirty editors stay
 * dirty) and the others are saved. Names that are invalid or already taken are refused.
 */
public class RenameElementRefactoring extends Refactoring {
	private final LiveDesign design;
	private final Path file;
	private final int offset;
	private final IValueConverterService converter;
	private Usage usage;
	private String newName;

	public RenameElementRefactoring(LiveDesign design, Path file, int offset, IValueConverterService converter) {
		this.design = design;
		this.file = file;
		this.offset = offset;
		this.converter = converter;
	}

	@Override
	public String getName() {
		return "Rename Element";
	}

	/** The element's current name (after the initial check). */
	public String oldName() {
		return usage != null ? usage.declaration().name() : "";
	}

	/** The element renamed, e.g. "switch SW-1" (after the initial check). */
	public String elementTitle() {
		return usage != null ? usage.declaration().title() : "";
	}

	public void setNewName(String newName) {
		this.newName = newName;
	}

	@Override
	public RefactoringStatus checkInitialConditions(IProgressMonitor monitor) {
		usage = design != null && file != null ? DesignReferences.at(design, file, offset) : null;
		if (usage == null) {
			return RefactoringStatus.createFatalErrorStatus(
					"Place the caret on the name of a design element (where it is declared or referred to) to rename it.");
		}
		if (newName == null) {
			newName = usage.declaration().name();
		}
		return new RefactoringStatus();
	}

	@Override
	public RefactoringStatus checkFinalConditions(IProgressMonitor monitor) {
		RefactoringStatus status = checkNewName(newName);
		if (status.hasFatalError()) {
			return status;
		}
		String expected = usage.declaration().name();
		usage = DesignReferences.at(design, file, offset); // the texts may have changed since the first check
		if (usage == null || !usage.declaration().name().equals(expected)) {
			return RefactoringStatus.createFatalErrorStatus(
					"The design changed while renaming: '" + expected + "' is no longer at the caret. Try again.");
		}
		return checkNewName(newName);
	}

	/** Whether a new name is acceptable for the element: well formed, changed, and not taken. */
	public RefactoringStatus checkNewName(String name) {
		if (name == null || name.isBlank()) {
			return RefactoringStatus.createFatalErrorStatus("Enter a name.");
		}
		if (!name.equals(name.strip())) {
			return RefactoringStatus.createFatalErrorStatus("A name cannot start or end with spaces.");
		}
		if (name.contains(".")) {
			return RefactoringStatus.createFatalErrorStatus(
					"'" + name + "' contains '.', which separates qualified names: use '-' instead.");
		}
		if (name.chars().anyMatch(c -> Character.isISOControl(c) || c == '"')) {
			return RefactoringStatus.createFatalErrorStatus("A name cannot contain quotes, tabs or line breaks.");
		}
		if (usage == null) {
			return new RefactoringStatus();
		}
		if (name.equals(usage.declaration().name())) {
			return RefactoringStatus.createFatalErrorStatus("Enter a name other than the current one.");
		}
		if (usage.takenNames().contains(name)) {
			Declaration declaration = usage.declaration();
			String where = declaration.parentName() != null ? declaration.parentName() + " already has an element"
					: "the design already has an element";
			return RefactoringStatus.createFatalErrorStatus(
					"'" + name + "' is taken: " + where + " of that name, and names must be unique.");
		}
		return new RefactoringStatus();
	}

	@Override
	public Change createChange(IProgressMonitor monitor) {
		Declaration declaration = usage.declaration();
		String text = converter.toString(newName, "Name");
		CompositeChange change = new CompositeChange(
				"Rename " + declaration.title() + " to " + newName);
		for (Map.Entry<Path, List<Reference>> entry : usage.references().entrySet()) {
			add(change, entry.getKey(), entry.getValue(), text, false);
		}
		Reference name = new Reference(new TextRange(declaration.nameOffset(),
				declaration.nameLength(), declaration.line()), "");
		add(change, declaration.file(), List.of(name), text, true);
		return change;
	}

	private static void add(CompositeChange composite, Path path, List<Reference> references, String text,
			boolean declaration) {
		IFile member = WorkspaceDesigns.file(path);
		if (member == null) {
			return;
		}
		TextFileChange change = fileChange(composite, member);
		String label = declaration ? "Rename the declaration" : "Update a reference";
		for (Reference reference : references) {
			ReplaceEdit edit = new ReplaceEdit(reference.range().offset(), reference.range().length(), text);
			change.getEdit().addChild(edit);
			change.addTextEditGroup(new TextEditGroup(label, edit));
		}
	}

	private static TextFileChange fileChange(CompositeChange composite, IFile member) {
		for (Change child : composite.getChildren()) {
			if (child instanceof TextFileChange existing && existing.getFile().equals(member)) {
				return existing;
			}
		}
		TextFileChange change = new TextFileChange(member.getName(), member);
		change.setEdit(new MultiTextEdit());
		change.setTextType("ddc");
		composite.add(change);
		return change;
	}
}
