package org.ddc.dsl.fix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;

import com.google.inject.Singleton;

/**
 * Where the attributes of an element are written, read from the grammar: an attribute is a keyword that starts a
 * group ({@code 'quantity' quantity=SignedInt}) or is itself a flag ({@code vlanTagging?='vlan-tagging'}); its
 * value is what follows the keyword in that group up to the next keyword-led clause. Nested elements without a
 * keyword of their own ({@code policy=SizingPolicy}, {@code powerSupplies=PowerSupplies}) are containment slots,
 * whose rule holds further attributes.
 */
@Singleton
public class AttributeSyntax {
	private static final Pattern WORD = Pattern.compile("[a-zA-Z][a-zA-Z0-9-]*");

	/**
	 * One place in a rule where something can be written.
	 *
	 * @param anchor the grammar element of the whole clause (its position orders inline insertions)
	 * @param ownLine whether the clause is an alternative of an attribute loop, which the formatter puts on a line
	 *        of its own
	 * @param keyword the attribute keyword, or null for a containment slot
	 * @param values the grammar elements of the value (empty for a flag)
	 * @param nested the rule of a containment slot, or null
	 */
	public record Slot(AbstractElement anchor, boolean ownLine, Keyword keyword, List<AbstractElement> values,
			ParserRule nested) {

		public boolean isList() {
			return values.stream().anyMatch(value -> GrammarUtil.isMultipleCardinality(value)
					|| value instanceof Assignment assignment && "+=".equals(assignment.getOperator()));
		}

		/** The containment feature's name (for a containment slot). */
		public String feature() {
			return ((Assignment) anchor).getFeature();
		}
	}

	private final Map<ParserRule, List<Slot>> slotsByRule = new ConcurrentHashMap<>();

	/** The slots of a rule, fragments included, in grammar order. */
	public List<Slot> slots(ParserRule rule) {
		return slotsByRule.computeIfAbsent(rule, r -> {
			List<Slot> slots = new ArrayList<>();
			collect(r.getAlternatives(), false, slots);
			return List.copyOf(slots);
		});
	}

	/** The slot of an attribute keyword in a rule, or null. */
	public Slot attribute(ParserRule rule, String keyword) {
		return slots(rule).stream()
				.filter(slot -> slot.keyword() != null && slot.keyword().getValue().equals(keyword))
				.findFirst().orElse(null);
	}

	/** The containment slots of a rule whose nested rule has the attribute, directly. */
	public List<Slot> containersOf(ParserRule rule, String keyword) {
		return slots(rule).stream().filter(slot -> slot.nested() != null && attribute(slot.nested(), keyword) != null)
				.toList();
	}

	/**
	 * @param alternativeOfLoop whether the element is an alternative of an attribute loop {@code ( … | … )*}
	 */
	private void collect(AbstractElement element, boolean alternativeOfLoop, List<Slot> slots) {
		if (element instanceof Group group && group.getElements().get(0) instanceof Keyword keyword
				&& WORD.matcher(keyword.getValue()).matches()) {
			slots.add(new Slot(group, alternativeOfLoop, keyword, valueOf(group), null));
		} else if (element instanceof Assignment assignment && assignment.getTerminal() instanceof Keyword keyword) {
			slots.add(new Slot(assignment, alternativeOfLoop, keyword, List.of(), null));
		} else if (element instanceof Assignment assignment && assignment.getTerminal() instanceof RuleCall call
				&& call.getRule() instanceof ParserRule nested && !GrammarUtil.isDatatypeRule(nested)) {
			slots.add(new Slot(assignment, alternativeOfLoop, null, List.of(), nested));
		}
		if (element instanceof RuleCall call && call.getRule() instanceof ParserRule fragment && fragment.isFragment()) {
			collect(fragment.getAlternatives(), alternativeOfLoop, slots);
		}
		boolean childrenAreAlternatives = element instanceof Alternatives
				&& (alternativeOfLoop || GrammarUtil.isMultipleCardinality(element));
		for (EObject child : element.eContents()) {
			if (child instanceof AbstractElement nested) {
				collect(nested, childrenAreAlternatives, slots);
			}
		}
	}

	/**
	 * The value of a keyword-led group: what follows the keyword, without leading keywords that are mere syntax
	 * ({@code 'N' '+'}), up to the next keyword-led clause ({@code ('rating' …)?}).
	 */
	private static List<AbstractElement> valueOf(Group group) {
		List<AbstractElement> value = new ArrayList<>();
		for (AbstractElement element : group.getElements().subList(1, group.getElements().size())) {
			if (element instanceof Group clause && clause.getElements().get(0) instanceof Keyword keyword
					&& WORD.matcher(keyword.getValue()).matches()) {
				break;
			}
			if (value.isEmpty() && element instanceof Keyword) {
				continue;
			}
			value.add(element);
		}
		return List.copyOf(value);
	}
}
