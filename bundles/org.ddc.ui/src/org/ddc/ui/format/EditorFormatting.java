package org.ddc.ui.format;

import java.nio.file.Path;
import java.util.List;

import org.ddc.dsl.fix.TextEdit;
import org.ddc.dsl.formatting2.DdcTextFormatter;
import org.ddc.ui.design.LiveDesign;
import org.ddc.ui.editor.DdcEditor;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IRegion;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorSite;
import org.eclipse.xtext.util.TextRegion;

/**
 * Format (Ctrl+Shift+F) in the .ddc editor: the formatter runs on the live model in a background job; its changes
 * are applied on the UI thread as one undoable change, unless the text changed meanwhile. With a selection only the
 * selected lines are formatted. A file with syntax errors is left alone (the status line says why).
 */
public final class EditorFormatting {
	private EditorFormatting() {
	}

	/** Formats the lines of the selection (the whole file for null); returns the scheduled job. */
	public static Job format(DdcEditor editor, IRegion selection) {
		IDocument document = editor.document();
		LiveDesign design = editor.liveDesign();
		Path file = editor.filePath();
		long stamp = stamp(document);
		TextRegion region = selection != null && selection.getLength() > 0 ? lines(document, selection) : null;
		Job job = Job.create("Formatting " + (file != null ? file.getFileName() : "ddc design"), monitor -> {
			if (design == null || file == null) {
				return Status.OK_STATUS;
			}
			Outcome outcome = design.read(file, resource -> {
				DdcTextFormatter formatter = editor.injector().getInstance(DdcTextFormatter.class);
				return new Outcome(formatter.canFormat(resource), formatter.edits(resource, region));
			});
			return apply(editor, document, stamp, outcome, monitor);
		});
		job.setUser(false);
		job.schedule();
		return job;
	}

	private record Outcome(boolean formattable, List<TextEdit> replacements) {
	}

	private static IStatus apply(DdcEditor editor, IDocument document, long stamp, Outcome outcome,
			IProgressMonitor monitor) {
		if (outcome == null || monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		Display.getDefault().asyncExec(() -> {
			if (editor.isDisposed() || stamp(document) != stamp) {
				return; // typed on meanwhile: the changes no longer fit
			}
			if (!outcome.formattable()) {
				status(editor, "Format: the file has syntax errors; correct them first");
				return;
			}
			try {
				editor.compoundChange(() -> {
					List<TextEdit> changes = outcome.replacements();
					for (int i = changes.size() - 1; i >= 0; i--) {
						TextEdit change = changes.get(i);
						document.replace(change.offset(), change.length(), change.text());
					}
				});
			} catch (BadLocationException e) {
				status(editor, "Format: the text changed while formatting");
			}
		});
		return Status.OK_STATUS;
	}

	/** The selection widened to whole lines. */
	private static TextRegion lines(IDocument document, IRegion selection) {
		try {
			int first = document.getLineOfOffset(selection.getOffset());
			int last = document.getLineOfOffset(selection.getOffset() + selection.getLength());
			int start = document.getLineOffset(first);
			IRegion lastLine = document.getLineInformation(last);
			return new TextRegion(start, lastLine.getOffset() + lastLine.getLength() - start);
		} catch (BadLocationException e) {
			return new TextRegion(selection.getOffset(), selection.getLength());
		}
	}

	private static long stamp(IDocument document) {
		return document instanceof IDocumentExtension4 extension ? extension.getModificationStamp() : 0;
	}

	private static void status(DdcEditor editor, String message) {
		IEditorSite site = editor.getEditorSite();
		if (site != null) {
			site.getActionBars().getStatusLineManager().setMessage(message);
		}
	}
}
