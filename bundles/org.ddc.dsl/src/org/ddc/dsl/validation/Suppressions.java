package org.ddc.dsl.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Inline suppressions: {@code // suppress IPD-5-14: lab switch, no partner needed} on the line of a finding, on
 * the line just above it, or just above the element that holds it. A suppression must state a reason.
 */
public final class Suppressions {
	/** "suppress ID: reason" or "suppress ID reason"; the reason may be empty (then it is reported). */
	private static final String WORD = "suppress";
	static final Pattern SUPPRESS = Pattern.compile("//\\s*suppress\\s+([A-Z]+-[A-Z0-9-]*[A-Z0-9])\\s*:?\\s*(.*)");

	/** The suppression comment for a rule: {@code // suppress ID: reason}. */
	public static String comment(String ruleId, String reason) {
		return "// suppress " + ruleId + ": " + reason;
	}

	/** One suppression comment. */
	public record Suppression(String ruleId, String reason, int line, int offset, int length) {
	}

	private final Map<Integer, List<Suppression>> byLine = new HashMap<>();

	private Suppressions() {
	}

	/** All suppression comments of a resource, by line. */
	public static Suppressions of(XtextResource resource) {
		Suppressions suppressions = new Suppressions();
		if (resource.getParseResult() == null) {
			return suppressions;
		}
		// a suppression comment contains the word: find the word in the text and look at the leaf around it (a walk
		// over every leaf of a large file costs more than the rest of its per-file checks)
		ICompositeNode root = resource.getParseResult().getRootNode();
		String text = root.getText();
		int lastLeaf = -1;
		for (int at = text.indexOf(WORD); at >= 0; at = text.indexOf(WORD, at + WORD.length())) {
			ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(root, at);
			if (leaf == null || leaf.getOffset() == lastLeaf || !leaf.isHidden()
					|| !(leaf.getGrammarElement() instanceof TerminalRule rule) || !"SL_COMMENT".equals(rule.getName())) {
				continue;
			}
			lastLeaf = leaf.getOffset();
			Matcher matcher = SUPPRESS.matcher(leaf.getText().strip());
			if (matcher.matches()) {
				Suppression suppression = new Suppression(matcher.group(1), matcher.group(2).strip(),
						leaf.getStartLine(), leaf.getOffset(), leaf.getLength());
				suppressions.byLine.computeIfAbsent(suppression.line(), k -> new java.util.ArrayList<>())
						.add(suppression);
			}
		}
		return suppressions;
	}

	public List<Suppression> all() {
		return byLine.values().stream().flatMap(List::stream).toList();
	}

	/**
	 * The suppression of a rule for a finding at a node: on the node's line, on the line above it, or on the line
	 * above the declaration that contains it.
	 */
	public Suppression find(String ruleId, INode node, ICompositeNode declaration) {
		Suppression found = null;
		if (node != null) {
			found = match(ruleId, node.getStartLine());
			found = found != null ? found : match(ruleId, node.getStartLine() - 1);
		}
		if (found == null && declaration != null) {
			found = match(ruleId, declaration.getStartLine());
			found = found != null ? found : match(ruleId, declaration.getStartLine() - 1);
		}
		return found;
	}

	private Suppression match(String ruleId, int line) {
		for (Suppression suppression : byLine.getOrDefault(line, List.of())) {
			if (suppression.ruleId().equals(ruleId) && !suppression.reason().isEmpty()) {
				return suppression;
			}
		}
		return null;
	}
}
