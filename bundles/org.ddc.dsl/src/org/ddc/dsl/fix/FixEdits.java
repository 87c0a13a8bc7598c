package org.ddc.dsl.fix;

import java.util.ArrayList;
import java.util.List;

import org.ddc.rules.Fix;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;

/**
 * Turns the attribute-level fix data of a finding ("set 'quantity' to 6 on host-design X", "add 'snmp' to the
 * capabilities of switch Y") into text edits of the element's file that keep the layout the formatter writes:
 * <ul>
 * <li>an attribute that is written gets its value tokens replaced ("set") or the value appended to its list
 * ("add"); comments and layout around them stay;</li>
 * <li>a missing attribute of a block is inserted as a line of its own before the closing brace, indented like
 * the other attributes (or, in a block written on one line, before the brace on that line);</li>
 * <li>a missing clause of a one-line element ({@code adapter … vlan-tagging}, {@code power-supplies … feeds …}) is
 * inserted at its place in the grammar's order;</li>
 * <li>an attribute of a nested element without a keyword of its own ({@code policy { … }},
 * {@code power-supplies …}) is written in that element, or the nested element is inserted when it starts with
 * the attribute's keyword.</li>
 * </ul>
 * Which keyword writes which value comes from the grammar ({@link AttributeSyntax}), not from a table.
 */
public class FixEdits {
	private static final String INDENT = FormatterPreferenceKeys.indentation.getDefaultValue();

	@Inject
	private AttributeSyntax syntax;

	/**
	 * The edits that apply a "set" or "add" fix to its target element; empty when the fix is of another kind or
	 * the attribute has no place on the element (nothing to do).
	 */
	public List<TextEdit> edits(EObject target, Fix fix) {
		if (target == null || !(Fix.SET.equals(fix.kind()) || Fix.ADD.equals(fix.kind()))) {
			return List.of();
		}
		OwnNodes element = new OwnNodes(target);
		ParserRule rule = element.exists() ? element.rule() : null;
		if (rule == null) {
			return List.of();
		}
		AttributeSyntax.Slot slot = syntax.attribute(rule, fix.attribute());
		if (slot != null) {
			return editAttribute(element, slot, fix);
		}
		for (AttributeSyntax.Slot container : syntax.containersOf(rule, fix.attribute())) {
			EStructuralFeature feature = target.eClass().getEStructuralFeature(container.feature());
			if (feature == null || feature.isMany()) {
				continue;
			}
			if (target.eGet(feature) instanceof EObject nested) {
				return edits(nested, fix);
			}
			AttributeSyntax.Slot inNested = syntax.attribute(container.nested(), fix.attribute());
			if (inNested.anchor() == container.nested().getAlternatives()) {
				// the nested element starts with the attribute (power-supplies 2 redundant): write it whole
				return insert(element, container, text(fix));
			}
		}
		return List.of();
	}

	private static String text(Fix fix) {
		return fix.value().isEmpty() ? fix.attribute() : fix.attribute() + " " + fix.value();
	}

	private List<TextEdit> editAttribute(OwnNodes element, AttributeSyntax.Slot slot, Fix fix) {
		INode keyword = lastOccurrence(element, slot);
		if (keyword == null) {
			return insert(element, slot, text(fix));
		}
		if (slot.values().isEmpty()) {
			return List.of(); // a flag that is already written
		}
		List<INode> value = valueNodes(element, keyword, slot);
		if (value.isEmpty()) {
			return List.of(TextEdit.insert(keyword.getEndOffset(), " " + fix.value()));
		}
		INode first = value.get(0);
		INode last = value.get(value.size() - 1);
		if (Fix.ADD.equals(fix.kind()) && slot.isList()) {
			return List.of(TextEdit.insert(last.getEndOffset(), ", " + fix.value()));
		}
		return List.of(new TextEdit(first.getOffset(), last.getEndOffset() - first.getOffset(), fix.value()));
	}

	/** The keyword token of the last occurrence of the attribute (the one a single value is taken from). */
	private static INode lastOccurrence(OwnNodes element, AttributeSyntax.Slot slot) {
		INode found = null;
		for (INode node : element.visible()) {
			if (node.getGrammarElement() == slot.keyword()) {
				found = node;
			}
		}
		return found;
	}

	/** The value nodes after a keyword token, past syntax keywords of its clause ('N' '+'). */
	private static List<INode> valueNodes(OwnNodes element, INode keyword, AttributeSyntax.Slot slot) {
		List<INode> visible = element.visible();
		int next = visible.indexOf(keyword) + 1;
		while (next < visible.size() && visible.get(next).getGrammarElement() instanceof Keyword syntaxKeyword
				&& syntaxKeyword.eContainer() == slot.anchor()) {
			next++;
		}
		List<INode> value = new ArrayList<>();
		for (INode node : visible.subList(next, visible.size())) {
			if (!element.within(node, slot.values())) {
				break;
			}
			value.add(node);
		}
		return value;
	}

	private static List<TextEdit> insert(OwnNodes element, AttributeSyntax.Slot slot, String text) {
		return slot.ownLine() ? insertLine(element, text) : insertInline(element, slot, text);
	}

	/** A new attribute line before the element's closing brace. */
	private static List<TextEdit> insertLine(OwnNodes element, String text) {
		INode open = element.keyword("{", false);
		INode close = element.keyword("}", true);
		if (open == null || close == null) {
			return List.of();
		}
		List<INode> visible = element.visible();
		INode beforeClose = visible.get(visible.indexOf(close) - 1);
		if (open.getStartLine() == close.getStartLine()) {
			return List.of(TextEdit.insert(beforeClose.getEndOffset(), " " + text));
		}
		String document = element.document();
		String indent = attributeIndent(document, visible, open);
		int closeLineStart = Lines.start(document, close.getOffset());
		if (document.substring(closeLineStart, close.getOffset()).isBlank()) {
			return List.of(TextEdit.insert(closeLineStart, indent + text + "\n"));
		}
		return List.of(TextEdit.insert(beforeClose.getEndOffset(), "\n" + indent + text));
	}

	/** The indentation of the block's attribute lines: as written, or one level below the opening line. */
	private static String attributeIndent(String document, List<INode> visible, INode open) {
		INode first = visible.get(visible.indexOf(open) + 1);
		INode line = first.getStartLine() > open.getStartLine() && !"}".equals(first.getText()) ? first : open;
		String indent = Lines.indent(document, line.getOffset());
		return line == open ? indent + INDENT : indent;
	}

	/** A clause of a one-line element, after the last token that comes before it in the grammar. */
	private static List<TextEdit> insertInline(OwnNodes element, AttributeSyntax.Slot slot, String text) {
		ParserRule rule = GrammarUtil.containingParserRule(slot.anchor());
		List<EObject> order = new ArrayList<>();
		rule.eAllContents().forEachRemaining(order::add);
		int anchor = order.indexOf(slot.anchor());
		INode after = null;
		for (INode node : element.visible()) {
			int position = order.indexOf(element.grammarIn(node, rule));
			if (position >= 0 && position < anchor) {
				after = node;
			}
		}
		return after == null ? List.of() : List.of(TextEdit.insert(after.getEndOffset(), " " + text));
	}
}
