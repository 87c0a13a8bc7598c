package org.ddc.ui.quickfix;

import java.nio.file.Path;
import java.util.List;

import org.ddc.dsl.fix.QuickFix;
import org.ddc.ui.DdcUiPlugin;
import org.ddc.ui.builder.Markers;
import org.ddc.ui.design.LiveDesign;
import org.ddc.ui.design.LiveDesigns;
import org.ddc.ui.design.WorkspaceDesigns;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;

/**
 * Quick fixes of Problems-view markers: the file's text through its file buffer (shared with an open editor), the
 * fixes from the live design of that text, applied to the buffer; a file no editor shows is saved, so the builder
 * checks it again and the marker goes.
 */
public final class MarkerFixes {
	private MarkerFixes() {
	}

	/** The finding a ddc marker stands for, or null for another marker. */
	public static FindingFixes.Problem problem(IMarker marker) {
		if (!DdcQuickAssistProcessor.isDdc(marker)) {
			return null;
		}
		int start = marker.getAttribute(IMarker.CHAR_START, -1);
		int end = marker.getAttribute(IMarker.CHAR_END, start);
		String code = marker.getAttribute(Markers.RULE_ID, null);
		return code == null || start < 0 ? null : new FindingFixes.Problem(code, start, end - start, Markers.fix(marker));
	}

	/** A unit of work on the text of a marker's file. */
	interface BufferWork<T> {
		T run(ITextFileBuffer buffer, LiveDesign design, Path file) throws CoreException, BadLocationException;
	}

	/** The fixes of a marker, from the current text of its file. */
	public static List<QuickFix> fixes(IMarker marker) {
		FindingFixes.Problem problem = problem(marker);
		if (problem == null || !(marker.getResource() instanceof IFile file)) {
			return List.of();
		}
		List<QuickFix> fixes = withBuffer(file,
				(buffer, design, path) -> FindingFixes.of(design, path, problem, DdcUiPlugin.getDefault().injector()));
		return fixes != null ? fixes : List.of();
	}

	/** Applies a fix to the marker's file; saves the file when no editor has it open. */
	public static void apply(IMarker marker, QuickFix fix) {
		if (!(marker.getResource() instanceof IFile file)) {
			return;
		}
		withBuffer(file, (buffer, design, path) -> {
			boolean openElsewhere = buffer.isDirty() || buffer.isShared();
			IDocument document = buffer.getDocument();
			FixProposal.apply(document, fix.edits());
			if (!openElsewhere) {
				buffer.commit(null, true);
			}
			return null;
		});
	}

	/** Runs work on the file's buffer and the live design connected to it, then lets both go. */
	static <T> T withBuffer(IFile file, BufferWork<T> work) {
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		Runnable none = () -> {
		};
		try {
			manager.connect(file.getFullPath(), LocationKind.IFILE, null);
			try {
				ITextFileBuffer buffer = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
				LiveDesign design = LiveDesigns.get().connect(file, buffer.getDocument(), none);
				try {
					return work.run(buffer, design, WorkspaceDesigns.path(file.getLocation()));
				} finally {
					LiveDesigns.get().disconnect(design, file, none);
				}
			} finally {
				manager.disconnect(file.getFullPath(), LocationKind.IFILE, null);
			}
		} catch (CoreException | BadLocationException e) {
			DdcUiPlugin.log("could not fix " + file, e);
			return null;
		}
	}
}
