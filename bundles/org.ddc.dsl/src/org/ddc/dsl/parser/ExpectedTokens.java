package org.ddc.dsl.parser;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Action;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.UnorderedGroup;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * What the grammar allows after the last token the parser consumed, for syntax error messages: the first sets of the
 * grammar elements that may follow it in its rule and, where the rule may end there, in the rules that called it
 * (read from the node model the parser has built so far). Computed over the Xtext grammar model only when there is
 * an error; first sets are cached per grammar element.
 *
 * <p>Expected tokens are keywords as written, or a word for a token class: "a name", "a number", "a quoted string",
 * "a unit", "end of file".
 */
@Singleton
public class ExpectedTokens {
	public static final String END_OF_FILE = "end of file";
	/** Rules and terminals shown as one word instead of their tokens. */
	private static final Map<String, String> WORDS = Map.of("Name", "a name", "ID", "a name", "SignedInt", "a number",
			"Decimal", "a number", "INT", "a number", "STRING", "a quoted string", "UnitSymbol", "a unit");

	private final IGrammarAccess grammar;
	private final Map<EObject, Set<String>> firsts = new HashMap<>();

	@Inject
	public ExpectedTokens(IGrammarAccess grammar) {
		this.grammar = grammar;
	}

	/** The last token the parser consumed before or inside {@code node}, skipping hidden tokens and skipped input. */
	public static ILeafNode lastConsumed(INode node) {
		INode current = node;
		while (current != null) {
			if (current instanceof ICompositeNode composite && composite.hasChildren()) {
				current = composite.getLastChild();
				continue;
			}
			if (current instanceof ILeafNode leaf && !leaf.isHidden() && leaf.getGrammarElement() != null) {
				return leaf;
			}
			while (current != null && !current.hasPreviousSibling()) {
				current = current.getParent();
			}
			current = current == null ? null : current.getPreviousSibling();
		}
		return null;
	}

	/** The tokens that may come after {@code last} (null: at the start of the file), in grammar order. */
	public synchronized Set<String> after(ILeafNode last) {
		Set<String> expected = new LinkedHashSet<>();
		if (last == null || !(last.getGrammarElement() instanceof AbstractElement)) {
			AbstractRule entry = grammar.getGrammar().getRules().get(0);
			expected.addAll(firstOfRule(entry));
			expected.add(END_OF_FILE);
			return expected;
		}
		AbstractElement element = (AbstractElement) last.getGrammarElement();
		INode node = last;
		while (followInRule(element, expected)) {
			node = node.getParent();
			while (node != null && !(node.getGrammarElement() instanceof AbstractElement
					&& !(node.getGrammarElement() instanceof Action))) {
				node = node.getParent();
			}
			if (node == null) {
				expected.add(END_OF_FILE);
				break;
			}
			element = (AbstractElement) node.getGrammarElement();
		}
		return expected;
	}

	/** Adds what may follow {@code element} inside its rule; true when the rule may end right after it. */
	private boolean followInRule(AbstractElement element, Set<String> expected) {
		AbstractElement current = element;
		while (true) {
			if (GrammarUtil.isMultipleCardinality(current)) {
				expected.addAll(first(current));
			}
			EObject container = current.eContainer();
			if (container instanceof Group group) {
				List<AbstractElement> elements = group.getElements();
				for (int i = elements.indexOf(current) + 1; i < elements.size(); i++) {
					expected.addAll(first(elements.get(i)));
					if (!nullable(elements.get(i))) {
						return false;
					}
				}
			}
			if (!(container instanceof AbstractElement parent)) {
				return true;
			}
			current = parent;
		}
	}

	private Set<String> first(AbstractElement element) {
		Set<String> cached = firsts.get(element);
		if (cached != null) {
			return cached;
		}
		Set<String> first = new LinkedHashSet<>();
		switch (element) {
			case Keyword keyword -> first.add(keyword.getValue());
			case RuleCall call -> first.addAll(firstOfRule(call.getRule()));
			case Assignment assignment -> first.addAll(first(assignment.getTerminal()));
			case CrossReference reference -> first.addAll(first(reference.getTerminal()));
			case EnumLiteralDeclaration literal -> first.add(literal.getLiteral().getValue());
			case Group group -> {
				for (AbstractElement part : group.getElements()) {
					first.addAll(first(part));
					if (!nullable(part)) {
						break;
					}
				}
			}
			case Alternatives alternatives -> alternatives.getElements().forEach(e -> first.addAll(first(e)));
			case UnorderedGroup group -> group.getElements().forEach(e -> first.addAll(first(e)));
			default -> {
				// actions consume no token
			}
		}
		firsts.put(element, first);
		return first;
	}

	private Set<String> firstOfRule(AbstractRule rule) {
		String word = WORDS.get(rule.getName());
		if (word != null) {
			return Set.of(word);
		}
		if (rule instanceof TerminalRule) {
			return Set.of("a " + rule.getName().toLowerCase());
		}
		Set<String> cached = firsts.get(rule);
		if (cached == null) {
			cached = first(rule.getAlternatives());
			firsts.put(rule, cached);
		}
		return cached;
	}

	private boolean nullable(AbstractElement element) {
		if (GrammarUtil.isOptionalCardinality(element)) {
			return true;
		}
		return switch (element) {
			case RuleCall call -> !WORDS.containsKey(call.getRule().getName()) && !(call.getRule() instanceof TerminalRule)
					&& nullable(call.getRule().getAlternatives());
			case Assignment assignment -> nullable(assignment.getTerminal());
			case Group group -> group.getElements().stream().allMatch(this::nullable);
			case Alternatives alternatives -> alternatives.getElements().stream().anyMatch(this::nullable);
			case Action action -> true;
			default -> false;
		};
	}
}
