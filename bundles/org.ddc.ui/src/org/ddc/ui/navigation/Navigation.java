package org.ddc.ui.navigation;

import org.ddc.ui.DdcUiPlugin;
import org.ddc.ui.design.LiveDesign;
import org.ddc.ui.design.WorkspaceDesigns;
import org.ddc.ui.editor.DdcEditor;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/** Going to declarations: what is declared where, and opening an editor on it. */
public final class Navigation {
	private Navigation() {
	}

	/** The declaration of the element named at an offset of an editor's file, read from the live model, or null. */
	public static Declaration declarationAt(DdcEditor editor, int offset) {
		LiveDesign design = editor.liveDesign();
		if (design == null || editor.filePath() == null) {
			return null;
		}
		return design.read(editor.filePath(), resource -> {
			EObject target = Symbols.targetAt(resource, offset);
			return target != null ? Symbols.declaration(target) : null;
		});
	}

	/** Opens the declaration's file in its editor (or activates it) and selects the declared name. */
	public static ITextEditor reveal(Declaration declaration) {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null
				? PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage() : null;
		return reveal(page, WorkspaceDesigns.file(declaration.file()), declaration.nameOffset(),
				declaration.nameLength());
	}

	/** Opens the file in the ddc editor (or activates it) and selects the text; returns the editor, or null. */
	public static ITextEditor reveal(IWorkbenchPage page, IFile file, int offset, int length) {
		if (file == null || page == null) {
			return null;
		}
		try {
			IEditorPart part = IDE.openEditor(page, file, DdcEditor.ID, true);
			if (part instanceof ITextEditor text) {
				text.selectAndReveal(offset, length);
				return text;
			}
		} catch (CoreException e) {
			DdcUiPlugin.log("cannot open " + file.getFullPath(), e);
		}
		return null;
	}

	/** The caret offset of an editor. */
	public static int caret(DdcEditor editor) {
		return editor.getSelectionProvider().getSelection() instanceof ITextSelection selection
				? selection.getOffset() : -1;
	}

	/** The ddc editor a command runs in, or null. */
	public static DdcEditor editorOf(ExecutionEvent event) {
		return HandlerUtil.getActiveEditor(event) instanceof DdcEditor editor ? editor : null;
	}
}
