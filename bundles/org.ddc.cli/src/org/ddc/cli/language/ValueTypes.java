package org.ddc.cli.language;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ddc.model.labels.ElementKinds;
import org.ddc.model.units.Dimension;
import org.ddc.model.units.Unit;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.TerminalRule;

/**
 * What an assignment of the grammar holds, read from the metamodel: its type (a quantity with the units of its kind,
 * the values of an enumeration as written in the language, a reference to an element, yes or no, a number, text),
 * its default, and the documentation of the feature.
 */
final class ValueTypes {
	/** "Unset: 4 GB." in a feature's documentation: the default the model states. */
	private static final Pattern UNSET = Pattern.compile("\\s*Unset: ([^.]*(?:\\.\\d[^.]*)*)\\.?\\s*$");

	private ValueTypes() {
	}

	/** The unit kind of a quantity data type (DataSize → data size). */
	static Dimension dimension(EClassifier type) {
		return Dimension.valueOf(type.getName().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT));
	}

	/** "data size: KB, MB, GB or TB", "one of: physical, administrative", "name of a subnet", … */
	static String describe(Assignment assignment, EStructuralFeature feature, LinkTarget links) {
		if ("?=".equals(assignment.getOperator())) {
			return "the keyword itself: written means yes";
		}
		String many = feature.isMany() ? " (several: separated by commas)" : "";
		if (feature instanceof EReference reference) {
			if (reference.isContainment()) {
				AbstractRule rule = ((RuleCall) assignment.getTerminal()).getRule();
				return "a nested " + links.link(rule) + (feature.isMany() ? " (any number)" : "");
			}
			String label = ElementKinds.label(reference.getEReferenceType());
			return "name of " + ("aeiouAEIOU".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label + many;
		}
		AbstractRule rule = assignment.getTerminal() instanceof RuleCall call ? call.getRule() : null;
		EClassifier type = ((EAttribute) feature).getEAttributeType();
		if (rule instanceof EnumRule enumRule) {
			return "one of: " + String.join(", ", literals(enumRule)) + many;
		}
		if (rule instanceof ParserRule parser && GrammarUtil.isDatatypeRule(parser)) {
			List<String> keywords = GrammarSyntax.keywordsOnly(parser.getAlternatives());
			if (keywords != null) {
				return String.join(" or ", keywords);
			}
		}
		if (type.getInstanceClass() != null && org.ddc.model.units.Quantity.class.isAssignableFrom(type.getInstanceClass())) {
			Dimension dimension = dimension(type);
			return dimension.label() + " in " + Unit.describe(dimension) + ", e.g. `" + dimension.example() + "`";
		}
		if (type == EcorePackage.Literals.EINT) {
			return "whole number";
		}
		if (rule instanceof TerminalRule terminal && terminal.getName().equals("STRING")) {
			return "text in double quotes" + many;
		}
		if (rule instanceof TerminalRule terminal && terminal.getName().equals("ID")) {
			return "identifier";
		}
		if (rule != null && rule.getName().equals("Name")) {
			return "name" + many;
		}
		return GrammarSyntax.words(type.getName()) + many;
	}

	/** The enumeration's values as written in the language, in grammar order. */
	static List<String> literals(EnumRule rule) {
		List<String> literals = new ArrayList<>();
		if (rule.getAlternatives() instanceof EnumLiteralDeclaration only) {
			literals.add(only.getLiteral().getValue());
		}
		for (EnumLiteralDeclaration literal : EcoreUtil2.getAllContentsOfType(rule.getAlternatives(),
				EnumLiteralDeclaration.class)) {
			literals.add(literal.getLiteral().getValue());
		}
		return literals;
	}

	/**
	 * The default: what the model's documentation says an unset value means ("Unset: 4 GB"), the feature's default
	 * literal, an enumeration's first value or "no" for a yes/no, or "—" where leaving it out means "not stated".
	 */
	static String defaultOf(EStructuralFeature feature, Assignment assignment) {
		Matcher unset = UNSET.matcher(documentation(feature));
		if (unset.find()) {
			return unset.group(1);
		}
		if (feature.isMany() || feature instanceof EReference || feature.isUnsettable()) {
			return "—";
		}
		if (feature.getDefaultValueLiteral() != null) {
			return feature.getDefaultValueLiteral();
		}
		if (feature.getEType() instanceof EEnum && assignment.getTerminal() instanceof RuleCall call
				&& call.getRule() instanceof EnumRule rule) {
			return literals(rule).get(0);
		}
		if (feature.getEType() == EcorePackage.Literals.EBOOLEAN) {
			return "?=".equals(assignment.getOperator()) ? "left out" : "no";
		}
		return "—";
	}

	/** The documentation of a class or feature without its "Unset: …" sentence; "" when it has none. */
	static String meaning(EModelElement element) {
		return UNSET.matcher(documentation(element)).replaceFirst("").strip();
	}

	private static String documentation(EModelElement element) {
		return ModelDocumentation.of(element);
	}

	/** Where a nested element's section is, for links. */
	interface LinkTarget {
		String link(AbstractRule rule);
	}
}
