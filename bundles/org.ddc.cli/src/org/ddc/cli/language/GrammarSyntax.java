package org.ddc.cli.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.ddc.model.labels.ElementKinds;
import org.ddc.model.units.Quantity;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Action;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.TerminalRule;

/**
 * Writes grammar elements of the .ddc grammar as a reader types them: keywords as they are, values as placeholders
 * ({@code <data size>}, {@code <subnet>}, {@code "…"}), optional parts in brackets and comma lists as ", …".
 */
final class GrammarSyntax {

	private GrammarSyntax() {
	}

	/** The syntax of an element, e.g. {@code subnets <subnet>, …}. */
	static String of(AbstractElement element) {
		return of(element, null);
	}

	/** The syntax of an element with one part of it written as "…" (a block's attributes). */
	static String of(AbstractElement element, AbstractElement elided) {
		if (element == elided) {
			return "…";
		}
		String core = switch (element) {
			case Keyword keyword -> keyword.getValue();
			case Assignment assignment -> of(assignment.getTerminal(), elided);
			case RuleCall call -> call(call.getRule());
			case CrossReference reference -> "<" + ElementKinds.label((EClass) reference.getType().getClassifier()) + ">";
			case Group group -> commaList(group) ? ", …"
					: group.getElements().stream().map(e -> of(e, elided)).filter(s -> !s.isEmpty())
							.collect(Collectors.joining(" "));
			case Alternatives alternatives -> alternatives(alternatives, elided);
			case Action action -> "";
			default -> "";
		};
		if (element instanceof Group group && commaList(group)) {
			return core;
		}
		if (GrammarUtil.isOptionalCardinality(element) && GrammarUtil.isMultipleCardinality(element)) {
			return "[" + core + "] …";
		}
		if (GrammarUtil.isOptionalCardinality(element)) {
			return "[" + core + "]";
		}
		return GrammarUtil.isMultipleCardinality(element) ? core + " …" : core;
	}

	/** A rule as a placeholder: a nested element by its keyword, values by what they are. */
	static String call(AbstractRule rule) {
		if (rule instanceof TerminalRule) {
			return rule.getName().equals("STRING") ? "\"…\"" : "<" + words(rule.getName()) + ">";
		}
		if (rule instanceof EnumRule) {
			return "<" + words(rule.getName()) + ">";
		}
		ParserRule parser = (ParserRule) rule;
		if (parser.isFragment()) {
			return "<" + words(rule.getName()) + "s>";
		}
		if (GrammarUtil.isDatatypeRule(parser)) {
			List<String> keywords = keywordsOnly(parser.getAlternatives());
			if (keywords != null) {
				return String.join("|", keywords);
			}
			EClassifier type = parser.getType().getClassifier();
			if (type.getInstanceClass() != null && Quantity.class.isAssignableFrom(type.getInstanceClass())) {
				return "<" + ValueTypes.dimension(type).label() + ">";
			}
			return switch (rule.getName()) {
				case "SignedInt", "Decimal" -> "<number>";
				default -> "<" + words(rule.getName()) + ">";
			};
		}
		String keyword = leadingKeyword(parser);
		return keyword != null ? keyword + " …" : "<" + words(rule.getName()) + ">";
	}

	/** The keyword a rule starts with ("adapter"), or null. */
	static String leadingKeyword(ParserRule rule) {
		AbstractElement first = rule.getAlternatives() instanceof Group group ? group.getElements().get(0)
				: rule.getAlternatives();
		if (first instanceof Action && rule.getAlternatives() instanceof Group group && group.getElements().size() > 1) {
			first = group.getElements().get(1);
		}
		return first instanceof Keyword keyword ? keyword.getValue() : null;
	}

	/** "PlatformVersion" → "platform version", "DataSizeValue" → "data size value". */
	static String words(String camel) {
		return camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
	}

	/** The keywords of a rule that consists of keywords only ('yes' | 'no'), or null. */
	static List<String> keywordsOnly(AbstractElement element) {
		List<String> keywords = new ArrayList<>();
		if (element instanceof Keyword keyword) {
			keywords.add(keyword.getValue());
			return keywords;
		}
		if (element instanceof Alternatives alternatives) {
			for (AbstractElement alternative : alternatives.getElements()) {
				if (!(alternative instanceof Keyword keyword)) {
					return null;
				}
				keywords.add(keyword.getValue());
			}
			return keywords;
		}
		return null;
	}

	static boolean commaList(Group group) {
		return GrammarUtil.isMultipleCardinality(group) && group.getElements().get(0) instanceof Keyword keyword
				&& keyword.getValue().equals(",");
	}

	private static String alternatives(Alternatives alternatives, AbstractElement elided) {
		String joined = alternatives.getElements().stream().map(e -> of(e, elided)).collect(Collectors.joining(" | "));
		return alternatives.eContainer() instanceof Group && !GrammarUtil.isOptionalCardinality(alternatives)
				? "(" + joined + ")" : joined;
	}
}
