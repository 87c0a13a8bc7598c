package org.ddc.dsl.fix;

import java.util.ArrayList;
import java.util.List;

import org.ddc.dsl.validation.Suppressions;
import org.ddc.rules.Catalog;
import org.ddc.rules.Fix;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

/**
 * The quick fixes of one finding, as text edits of its file: the fixes its issue data carries (a rule's "set" or
 * "add" on the element, a did-you-mean name, the units that fit a quantity), and for planning-guide rules and
 * scale limits a suppression comment awaiting its reason. An editor shows the labels and applies the edits.
 */
public class QuickFixes {

	@Inject
	private FixEdits fixEdits;

	/** The quick fixes of an Xtext issue of the resource (from validation, or rebuilt from a marker). */
	public List<QuickFix> fixes(XtextResource resource, Issue issue) {
		return fixes(resource, issue.getCode(), issue.getUriToProblem(), issue.getOffset(), issue.getLength(),
				issue.getData());
	}

	/**
	 * The quick fixes of a finding given by its parts, as a Problems-view marker keeps them.
	 *
	 * @param uriToProblem the URI of the element the finding is on (rule findings), may be null
	 * @param offset the start of the text the finding points at
	 * @param length the length of that text
	 * @param data the issue data (fix data, see {@link Fix#toData(List)}), may be null
	 */
	public List<QuickFix> fixes(XtextResource resource, String code, URI uriToProblem, int offset, int length,
			String[] data) {
		List<QuickFix> fixes = new ArrayList<>();
		for (Fix fix : Fix.allFromData(data)) {
			List<TextEdit> edits = Fix.REPLACE.equals(fix.kind()) ? List.of(new TextEdit(offset, length, fix.value()))
					: fixEdits.edits(target(resource, uriToProblem), fix);
			if (!edits.isEmpty()) {
				fixes.add(new QuickFix(fix.label(), edits));
			}
		}
		if (code != null && Catalog.load().contains(code)) {
			fixes.add(suppress(resource, code, offset));
		}
		return fixes;
	}

	private static EObject target(XtextResource resource, URI uri) {
		return uri != null && uri.fragment() != null ? resource.getEObject(uri.fragment()) : null;
	}

	/**
	 * Inserts {@code // suppress ID: } on a line of its own above the line of the offset, indented like it; the
	 * caret is left after {@code ": "}, where the reason goes.
	 */
	public QuickFix suppress(XtextResource resource, String ruleId, int offset) {
		String document = resource.getParseResult().getRootNode().getText();
		int lineStart = Lines.start(document, offset);
		String indent = Lines.indent(document, offset);
		String comment = Suppressions.comment(ruleId, "");
		return new QuickFix("Suppress " + ruleId + " here (state the reason)",
				List.of(TextEdit.insert(lineStart, indent + comment + "\n")), lineStart + indent.length() + comment.length());
	}
}
