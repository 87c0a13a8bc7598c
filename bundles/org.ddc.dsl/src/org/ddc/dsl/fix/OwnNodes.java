package org.ddc.dsl.fix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Action;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * The tokens of one element in document order, read from the node model: keywords, hidden tokens, and values
 * (names, quantities, references, nested elements) as whole nodes. Rule calls that build the same element
 * (fragments, {@code Element: Design | …}) are looked through.
 */
final class OwnNodes {
	private final EObject owner;
	private final ICompositeNode root;
	private final List<INode> nodes = new ArrayList<>();

	OwnNodes(EObject owner) {
		this.owner = owner;
		this.root = NodeModelUtils.findActualNodeFor(owner);
		if (root != null) {
			collect(root);
		}
	}

	private void collect(ICompositeNode node) {
		for (INode child : node.getChildren()) {
			if (child instanceof ICompositeNode composite && buildsOwner(composite)) {
				collect(composite);
			} else {
				nodes.add(child);
			}
		}
	}

	private boolean buildsOwner(ICompositeNode node) {
		EObject grammar = node.getGrammarElement();
		boolean structural = grammar instanceof Action || grammar instanceof ParserRule
				|| grammar instanceof RuleCall call && call.getRule() instanceof ParserRule rule
						&& !GrammarUtil.isDatatypeRule(rule);
		return structural && node.getSemanticElement() == owner;
	}

	boolean exists() {
		return root != null;
	}

	/** The document text (of the whole file). */
	String document() {
		return root.getRootNode().getText();
	}

	/** The visible tokens and values, without whitespace and comments. */
	List<INode> visible() {
		return nodes.stream().filter(node -> !(node instanceof ILeafNode leaf && leaf.isHidden())).toList();
	}

	/** The rule that builds the owner: the rule of its first token. */
	ParserRule rule() {
		List<INode> visible = visible();
		return visible.isEmpty() ? null : GrammarUtil.containingParserRule(visible.get(0).getGrammarElement());
	}

	/** The first or last visible keyword token with this text, or null. */
	INode keyword(String value, boolean last) {
		INode found = null;
		for (INode node : visible()) {
			if (node.getGrammarElement() instanceof Keyword keyword && keyword.getValue().equals(value)) {
				found = node;
				if (!last) {
					break;
				}
			}
		}
		return found;
	}

	/** Whether a node belongs to one of the grammar elements, looking up through the rules it calls. */
	boolean within(INode node, List<? extends AbstractElement> elements) {
		for (INode n = node; n != null && n != root; n = n.getParent()) {
			for (AbstractElement element : elements) {
				if (EcoreUtil.isAncestor(element, n.getGrammarElement())) {
					return true;
				}
			}
		}
		return false;
	}

	/** The grammar element of a node as an element of the rule, looking up through the rules it calls. */
	EObject grammarIn(INode node, ParserRule rule) {
		for (INode n = node; n != null && n != root; n = n.getParent()) {
			if (n.getGrammarElement() != null && EcoreUtil.isAncestor(rule, n.getGrammarElement())) {
				return n.getGrammarElement();
			}
		}
		return null;
	}
}
