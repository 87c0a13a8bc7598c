package org.ddc.rules.tests;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ddc.dsl.DdcStandaloneSetup;
import org.ddc.dsl.load.DesignLoader;
import org.ddc.dsl.load.LoadedDesign;
import org.ddc.dsl.validation.DesignValidator;
import org.ddc.dsl.validation.Finding;
import org.ddc.dsl.validation.RuleSettings;
import org.ddc.model.RuleLevel;

/** Parses and validates small designs the way {@code ddc validate} does. */
final class Designs {
	private Designs() {
	}

	static List<Finding> validate(String text) {
		return validate(Map.of("design.ddc", text), Map.of());
	}

	static List<Finding> validate(Map<String, String> files, Map<String, RuleLevel> projectLevels) {
		DesignLoader loader = DdcStandaloneSetup.injector().getInstance(DesignLoader.class);
		LoadedDesign design = loader.loadText(new LinkedHashMap<>(files));
		if (!projectLevels.isEmpty()) {
			RuleSettings.attach(design.resourceSet(), projectLevels);
		}
		return DdcStandaloneSetup.injector().getInstance(DesignValidator.class).validate(design);
	}

	/** Findings of one rule (not suppressed). */
	static List<Finding> of(String ruleId, List<Finding> findings) {
		return findings.stream().filter(f -> f.code().equals(ruleId) && !f.suppressed()).toList();
	}

	/** Findings that mean the example itself is not a valid design text. */
	static List<Finding> languageErrors(List<Finding> findings) {
		return findings.stream()
				.filter(f -> List.of("DDC-SYNTAX", "DDC-UNIT", "DDC-UNRESOLVED", "DDC-DUPLICATE-NAME", "DDC-NAME",
						"DDC-RULE-FAILURE", "DDC-UNKNOWN-RULE").contains(f.code()))
				.toList();
	}

	/** "line:column" of the first occurrence of a token on a 1-based line of a text, as findings report it. */
	static String position(String text, int line, String token) {
		String row = text.split("\n", -1)[line - 1];
		int column = row.indexOf(token);
		if (column < 0) {
			throw new IllegalArgumentException("'" + token + "' is not on line " + line + ": " + row);
		}
		return line + ":" + (column + 1);
	}

	/** "line:column" of a finding. */
	static String position(Finding finding) {
		return finding.line() + ":" + finding.column();
	}

	static String describe(List<Finding> findings) {
		StringBuilder text = new StringBuilder();
		findings.forEach(f -> text.append("\n  ").append(f.format()));
		return text.toString();
	}
}
