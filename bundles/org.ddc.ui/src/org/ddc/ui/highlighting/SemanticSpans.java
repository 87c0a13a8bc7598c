package org.ddc.ui.highlighting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ddc.dsl.validation.Finding;
import org.ddc.dsl.validation.IssueCodes;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.BidiTreeIterator;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Semantic highlighting from the parsed model: the name where an element is declared, each reference to a name,
 * and the references that resolve to nothing (those the linker reported). One pass over the node model, nothing
 * is resolved here.
 */
public final class SemanticSpans {
	/** A styled range of the document. */
	public record Span(int offset, int length, Style style) {
	}

	private SemanticSpans() {
	}

	/** The spans of a resource, sorted by offset; unresolved references are those of the findings given. */
	public static List<Span> of(XtextResource resource, Collection<Finding> findings) {
		List<Span> spans = new ArrayList<>();
		if (resource.getParseResult() == null) {
			return spans;
		}
		Set<Integer> unresolved = new HashSet<>();
		for (Finding finding : findings) {
			if (IssueCodes.UNRESOLVED.equals(finding.code())) {
				unresolved.add(finding.offset());
			}
		}
		BidiTreeIterator<INode> nodes = resource.getParseResult().getRootNode().getAsTreeIterable().iterator();
		while (nodes.hasNext()) {
			INode node = nodes.next();
			EObject element = node.getGrammarElement();
			if (element instanceof CrossReference || element instanceof RuleCall call
					&& call.eContainer() instanceof CrossReference) {
				Style style = unresolved.contains(node.getOffset()) ? Style.UNRESOLVED : Style.REFERENCE;
				spans.add(new Span(node.getOffset(), node.getLength(), style));
				nodes.prune();
			} else if (element instanceof RuleCall call && isName(GrammarUtil.containingAssignment(call))) {
				spans.add(new Span(node.getOffset(), node.getLength(), Style.DECLARATION));
				nodes.prune();
			}
		}
		spans.sort(Comparator.comparingInt(Span::offset));
		return spans;
	}

	private static boolean isName(Assignment assignment) {
		return assignment != null && "name".equals(assignment.getFeature());
	}
}
