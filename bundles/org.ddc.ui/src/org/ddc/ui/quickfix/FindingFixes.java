package org.ddc.ui.quickfix;

import java.nio.file.Path;
import java.util.List;

import org.ddc.dsl.fix.QuickFix;
import org.ddc.dsl.fix.QuickFixes;
import org.ddc.rules.Fix;
import org.ddc.ui.design.LiveDesign;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Injector;

/**
 * The quick fixes of one finding (live annotation or Problems-view marker), computed by the core
 * ({@link QuickFixes}) on the live model of the finding's file: the finding's own fix, a did-you-mean name, a unit,
 * and for guide rules and scale limits "suppress with a reason". The results are plain text edits.
 */
public final class FindingFixes {
	private FindingFixes() {
	}

	/** What a finding says about itself: enough to find its fixes again. */
	public record Problem(String code, int offset, int length, Fix fix) {
	}

	/** The fixes of a problem of a file of a live design; empty when the file is not in the design. */
	public static List<QuickFix> of(LiveDesign design, Path file, Problem problem, Injector injector) {
		if (design == null || file == null || problem.code() == null || problem.offset() < 0) {
			return List.of();
		}
		List<QuickFix> fixes = design.read(file, resource -> of(resource, problem, injector));
		return fixes != null ? fixes : List.of();
	}

	/**
	 * A finding keeps the fix but not the element it is on: take the innermost element at its offset, and its
	 * containers in turn, until the core can place the fix in one of them.
	 */
	static List<QuickFix> of(XtextResource resource, Problem problem, Injector injector) {
		if (resource.getParseResult() == null
				|| problem.offset() > resource.getParseResult().getRootNode().getTotalLength()) {
			return List.of();
		}
		QuickFixes quickFixes = injector.getInstance(QuickFixes.class);
		Fix fix = problem.fix();
		String[] data = fix != null ? fix.toData() : null;
		EObject element = injector.getInstance(EObjectAtOffsetHelper.class).resolveContainedElementAt(resource,
				problem.offset());
		while (true) {
			List<QuickFix> fixes = quickFixes.fixes(resource, problem.code(),
					element != null ? EcoreUtil.getURI(element) : null, problem.offset(), Math.max(problem.length(), 0),
					data);
			boolean placed = fix == null || fixes.stream().anyMatch(q -> q.label().equals(fix.label()));
			if (placed || element == null || element.eContainer() == null) {
				return fixes;
			}
			element = element.eContainer();
		}
	}
}
