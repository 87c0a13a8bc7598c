package org.ddc.ui.quickfix;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ddc.dsl.fix.QuickFix;
import org.ddc.ui.builder.Markers;
import org.ddc.ui.editor.DdcEditor;
import org.ddc.ui.editor.FindingAnnotation;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.texteditor.MarkerAnnotation;

/**
 * Ctrl+1 in the .ddc editor: the quick fixes of the findings at the caret, live annotations and ddc markers alike
 * (a marker stands for a finding of the saved file until live validation has run).
 */
public class DdcQuickAssistProcessor implements IQuickAssistProcessor {
	private final DdcEditor editor;

	public DdcQuickAssistProcessor(DdcEditor editor) {
		this.editor = editor;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return problem(annotation) != null;
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext invocationContext) {
		return false;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		return proposals(context.getOffset()).toArray(ICompletionProposal[]::new);
	}

	/** The fix proposals of every finding whose range holds the offset, each fix once. */
	public List<FixProposal> proposals(int offset) {
		List<FixProposal> proposals = new ArrayList<>();
		Set<String> labels = new LinkedHashSet<>();
		for (FindingFixes.Problem problem : problemsAt(offset)) {
			for (QuickFix fix : FindingFixes.of(editor.liveDesign(), editor.filePath(), problem, editor.injector())) {
				if (labels.add(fix.label())) {
					proposals.add(new FixProposal(editor, fix));
				}
			}
		}
		return proposals;
	}

	private List<FindingFixes.Problem> problemsAt(int offset) {
		List<FindingFixes.Problem> problems = new ArrayList<>();
		IAnnotationModel model = editor.annotationModel();
		if (model == null) {
			return problems;
		}
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			Position position = model.getPosition(annotation);
			FindingFixes.Problem problem = problem(annotation);
			if (problem != null && position != null && position.getOffset() <= offset
					&& offset <= position.getOffset() + position.getLength()) {
				// the annotation's position follows edits; the finding's own offset may be stale
				problems.add(new FindingFixes.Problem(problem.code(), position.getOffset(), position.getLength(),
						problem.fix()));
			}
		}
		return problems;
	}

	/** The finding an annotation stands for, or null for other annotations. */
	static FindingFixes.Problem problem(Annotation annotation) {
		if (annotation instanceof FindingAnnotation live) {
			var finding = live.finding();
			return new FindingFixes.Problem(finding.code(), finding.offset(), finding.length(), finding.fix());
		}
		if (annotation instanceof MarkerAnnotation marker && marker.getMarker().exists()) {
			return MarkerFixes.problem(marker.getMarker());
		}
		return null;
	}

	/** Whether a marker is one of ddc's. */
	static boolean isDdc(IMarker marker) {
		try {
			return marker.exists() && marker.isSubtypeOf(Markers.TYPE);
		} catch (org.eclipse.core.runtime.CoreException e) {
			return false;
		}
	}
}
