package org.ddc.ui.highlighting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.ddc.dsl.validation.Finding;
import org.ddc.dsl.validation.IssueCodes;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ParserRule;
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
			EObject grammarElement = node.getGrammarElement();
			if (grammarElement == null) {
				continue;
			}
			switch (KINDS.computeIfAbsent(grammarElement, SemanticSpans::classify)) {
				case REFERENCE -> {
					Style style = unresolved.contains(node.getOffset()) ? Style.UNRESOLVED : Style.REFERENCE;
					spans.add(new Span(node.getOffset(), node.getLength(), style));
					nodes.prune();
				}
				case DECLARATION -> {
					spans.add(new Span(node.getOffset(), node.getLength(), Style.DECLARATION));
					nodes.prune();
				}
				case NOTHING_INSIDE -> nodes.prune();
				case LOOK_INSIDE -> {
				}
			}
		}
		spans.sort(Comparator.comparingInt(Span::offset));
		return spans;
	}

	/** What a node of a grammar element is for highlighting (decided once per grammar element). */
	private enum Kind {
		REFERENCE, DECLARATION, NOTHING_INSIDE, LOOK_INSIDE
	}

	/** The grammar is loaded once per language: its elements are classified once, not once per node. */
	private static final Map<EObject, Kind> KINDS = new ConcurrentHashMap<>();

	private static Kind classify(EObject grammarElement) {
		if (grammarElement instanceof CrossReference
				|| grammarElement instanceof RuleCall call && call.eContainer() instanceof CrossReference) {
			return Kind.REFERENCE;
		}
		if (grammarElement instanceof RuleCall call) {
			if (isName(GrammarUtil.containingAssignment(call))) {
				return Kind.DECLARATION;
			}
			// the subtree of a rule that declares no name and refers to nothing (a quantity, a spec) has no span:
			// skipping it saves most of the walk over a large file
			return call.getRule() instanceof ParserRule rule && !declaresOrRefers(rule, new HashSet<>())
					? Kind.NOTHING_INSIDE
					: Kind.LOOK_INSIDE;
		}
		return Kind.LOOK_INSIDE;
	}

	/** Whether a rule, or a rule it calls, assigns a name or contains a cross-reference. */
	private static boolean declaresOrRefers(AbstractRule rule, Set<AbstractRule> seen) {
		if (!seen.add(rule)) {
			return false;
		}
		for (Iterator<EObject> it = rule.eAllContents(); it.hasNext();) {
			EObject element = it.next();
			if (element instanceof CrossReference || element instanceof Assignment assignment && isName(assignment)
					|| element instanceof RuleCall call && call.getRule() instanceof ParserRule called
							&& declaresOrRefers(called, seen)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isName(Assignment assignment) {
		return assignment != null && "name".equals(assignment.getFeature());
	}
}
