package org.ddc.ui.highlighting;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.EcoreUtil2;

import com.google.inject.Injector;

/**
 * The keywords that are values rather than structure: every literal of the grammar's enumerations and of its
 * value rules (yes/no, none, not-required). Read from the grammar, so the highlighting follows the language.
 */
public final class ValueKeywords {
	private static final Set<String> VALUE_RULES = Set.of("YesNo", "NoValue", "NotRequired");
	private static Set<String> cached;

	private ValueKeywords() {
	}

	public static synchronized Set<String> of(Injector injector) {
		if (cached == null) {
			Set<String> values = new HashSet<>();
			for (AbstractRule rule : GrammarUtil.allRules(injector.getInstance(IGrammarAccess.class).getGrammar())) {
				if (rule instanceof EnumRule || rule instanceof ParserRule && VALUE_RULES.contains(rule.getName())) {
					for (Keyword keyword : EcoreUtil2.getAllContentsOfType(rule, Keyword.class)) {
						values.add(keyword.getValue());
					}
				}
			}
			cached = Set.copyOf(values);
		}
		return cached;
	}
}
