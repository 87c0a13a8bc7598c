package org.ddc.ui.assist;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ddc.model.labels.ElementKinds;
import org.ddc.model.units.Unit;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;

/**
 * Xtext's IDE proposal provider with what .ddc needs on top: the units that fit the quantity at the caret (units
 * are identifiers in the grammar, so the parser alone would offer any identifier), word keywords only (no
 * punctuation), and a short description for every proposal (keyword, value of an enumeration, unit).
 */
@com.google.inject.Singleton
public class DdcProposalProvider extends IdeContentProposalProvider {
	/** The datatype rule whose tokens are units (ID | '%' | 'U'). */
	static final String UNIT_RULE = "UnitSymbol";
	private static final Pattern NUMBER_THEN_UNIT = Pattern.compile("(-?[0-9]+(?:\\.[0-9]+)?)(\\s*)(\\S*)");
	private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(?:\\.[0-9]+)?");
	private static final Pattern WORD = Pattern.compile(".*[a-zA-Z].*");
	/** Units come before the keywords that may also follow a number. */
	private static final int UNIT_PRIORITY = 900;

	@Inject
	private IValueConverterService converters;

	/** The units each quantity rule accepts, found once per rule through the language's value converters. */
	private final Map<String, List<Unit>> unitsByRule = new ConcurrentHashMap<>();

	/**
	 * A quantity being typed ({@code 4}, {@code 10 G}) is one datatype token for the content-assist parser: propose
	 * it completed with each unit that fits.
	 */
	@Override
	protected void _createProposals(RuleCall ruleCall, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		if (isQuantity(ruleCall.getRule())) {
			Matcher typed = NUMBER_THEN_UNIT.matcher(context.getPrefix());
			if (typed.matches()) {
				proposeUnits(ruleCall.getRule(), typed.group(1) + " ", context, acceptor);
			}
		}
	}

	/**
	 * After a complete number and a space ({@code memory 4 }) the parser sees a finished value and expects the next
	 * attribute: propose the units that fit too, first.
	 */
	@Override
	public void createProposals(Collection<ContentAssistContext> contexts, IIdeContentProposalAcceptor acceptor) {
		super.createProposals(contexts, acceptor);
		for (ContentAssistContext context : contexts) {
			AbstractRule quantity = context.getPrefix().isEmpty() ? unitlessQuantityBefore(context) : null;
			if (quantity != null) {
				proposeUnits(quantity, "", context, acceptor);
				return;
			}
		}
	}

	/** The rule of a quantity without unit that ends just before the caret, on the same line; or null. */
	private AbstractRule unitlessQuantityBefore(ContentAssistContext context) {
		INode last = context.getLastCompleteNode();
		if (last == null || last.getEndOffset() > context.getOffset()) {
			return null;
		}
		String between = context.getRootNode().getText().substring(last.getEndOffset(), context.getOffset());
		if (between.isEmpty() || !between.isBlank() || between.contains("\n")) {
			return null;
		}
		for (INode node = last; node != null; node = node.getParent()) {
			if (node.getGrammarElement() instanceof RuleCall call && isQuantity(call.getRule())) {
				return NUMBER.matcher(node.getText().trim()).matches() ? call.getRule() : null;
			}
		}
		return null;
	}

	/** Whether a rule is a quantity: a datatype rule with a unit (DataSizeValue: Decimal UnitSymbol?). */
	private static boolean isQuantity(AbstractRule rule) {
		return rule instanceof ParserRule parser && GrammarUtil.isDatatypeRule(parser)
				&& EcoreUtil2.eAllOfType(parser, RuleCall.class).stream()
						.anyMatch(call -> UNIT_RULE.equals(call.getRule().getName()));
	}

	@Override
	protected boolean filterKeyword(Keyword keyword, ContentAssistContext context) {
		AbstractRule rule = GrammarUtil.containingRule(keyword);
		return WORD.matcher(keyword.getValue()).matches() && !UNIT_RULE.equals(rule.getName());
	}

	@Override
	protected void _createProposals(Keyword keyword, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		if (!filterKeyword(keyword, context)) {
			return;
		}
		boolean value = GrammarUtil.containingRule(keyword) instanceof EnumRule;
		String kind = value ? ContentAssistEntry.KIND_ENUM : ContentAssistEntry.KIND_KEYWORD;
		ContentAssistEntry entry = getProposalCreator().createProposal(keyword.getValue(), context, kind,
				it -> it.setDescription(describe(keyword, value)));
		if (entry != null) {
			int priority = getProposalPriorities().getKeywordPriority(keyword.getValue(), entry);
			acceptor.accept(entry, value ? priority + 100 : priority);
		}
	}

	/** "platform version" for a value of enum PlatformVersion, "workload attribute" for a keyword of Workload. */
	private static String describe(Keyword keyword, boolean value) {
		AbstractRule rule = GrammarUtil.containingRule(keyword);
		String words = words(rule.getName());
		if (value) {
			return words;
		}
		if (rule instanceof ParserRule parser && !GrammarUtil.isDatatypeRule(parser)
				&& parser.getType().getClassifier() instanceof EClass type) {
			words = ElementKinds.label(type);
			boolean declares = GrammarUtil.containingAssignment(keyword) == null
					&& parser.getAlternatives() instanceof org.eclipse.xtext.Group group
					&& group.getElements().get(0) == keyword;
			return declares ? "declares " + article(words) + words : words + " attribute";
		}
		return "keyword";
	}

	private static String article(String words) {
		return "AEIOUaeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ";
	}

	/** PlatformVersion → "platform version". */
	static String words(String camelCase) {
		return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
	}

	private void proposeUnits(AbstractRule quantityRule, String number, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		int rank = 0;
		for (Unit unit : unitsOf(quantityRule.getName())) {
			String description = "unit of " + unit.dimension().label();
			ContentAssistEntry entry = getProposalCreator().createProposal(number + unit.symbol(), context,
					ContentAssistEntry.KIND_UNIT, it -> {
						it.setLabel(number + unit.symbol());
						it.setDescription(description);
					});
			if (entry != null) {
				acceptor.accept(entry, UNIT_PRIORITY - rank++);
			}
		}
	}

	/** The units a quantity rule (e.g. DataSizeValue) accepts: those its value converter reads without error. */
	List<Unit> unitsOf(String quantityRule) {
		return unitsByRule.computeIfAbsent(quantityRule, rule -> {
			List<Unit> fitting = new ArrayList<>();
			for (Unit unit : Unit.values()) {
				try {
					converters.toValue("1 " + unit.symbol(), rule, null);
					fitting.add(unit);
				} catch (ValueConverterException e) {
					// not a unit of this quantity
				}
			}
			return List.copyOf(fitting);
		});
	}
}
