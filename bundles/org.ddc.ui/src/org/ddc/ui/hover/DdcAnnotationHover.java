package org.ddc.ui.hover;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.ddc.dsl.validation.Finding;
import org.ddc.ui.editor.FindingAnnotation;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationHover;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;

/** The hover of the vertical and overview rulers: the findings of a line, with their rules' citations. */
public class DdcAnnotationHover implements IAnnotationHover {

	@Override
	public String getHoverInfo(ISourceViewer sourceViewer, int lineNumber) {
		List<Finding> findings = findingsOnLine(sourceViewer.getAnnotationModel(), sourceViewer.getDocument(),
				lineNumber);
		return findings.isEmpty() ? null : HoverHtml.findings(findings);
	}

	/** The findings whose range starts on a (0-based) line. */
	public static List<Finding> findingsOnLine(IAnnotationModel model, IDocument document, int line) {
		List<Finding> findings = new ArrayList<>();
		if (model == null || document == null) {
			return findings;
		}
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof FindingAnnotation annotation) {
				Position position = model.getPosition(annotation);
				try {
					if (position != null && !position.isDeleted()
							&& document.getLineOfOffset(position.getOffset()) == line) {
						findings.add(annotation.finding());
					}
				} catch (BadLocationException e) {
					// the annotation lies beyond the text after an edit: not on this line
				}
			}
		}
		return findings;
	}
}
