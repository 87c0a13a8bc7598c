package org.ddc.ui.diagram;

import java.nio.file.Path;

import org.ddc.diagram.model.Source;
import org.ddc.ui.design.WorkspaceDesigns;
import org.ddc.ui.navigation.Navigation;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.texteditor.ITextEditor;

/** Selects a diagram element's text in the ddc editor, opening its file when no editor shows it. */
public final class SourceSelection {
	private SourceSelection() {
	}

	/** The workspace file of a source's URI ({@code file:} or {@code platform:/resource/}), or null. */
	public static IFile file(Source source) {
		URI uri = URI.createURI(source.uri());
		if (uri.isPlatformResource()) {
			return ResourcesPlugin.getWorkspace().getRoot().getFile(IPath.fromOSString(uri.toPlatformString(true)));
		}
		if (uri.isFile()) {
			return WorkspaceDesigns.file(Path.of(uri.toFileString()));
		}
		return null;
	}

	/** Opens (or activates) the source's file in the ddc editor and selects the element; returns the editor or null. */
	public static ITextEditor reveal(IWorkbenchPage page, Source source) {
		IFile file = file(source);
		return file != null && file.exists() ? Navigation.reveal(page, file, source.offset(), source.length()) : null;
	}
}
