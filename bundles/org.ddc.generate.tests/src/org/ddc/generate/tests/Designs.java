package org.ddc.generate.tests;

import java.util.List;
import java.util.Map;

import org.ddc.dsl.DdcStandaloneSetup;
import org.ddc.dsl.load.DesignLoader;
import org.ddc.dsl.validation.DesignValidator;
import org.ddc.dsl.validation.Finding;
import org.ddc.generate.DesignText;
import org.ddc.generate.SyntheticDesignGenerator;
import org.ddc.rules.Severity;

/** Generated designs as text, and what {@code ddc validate} finds in them. */
final class Designs {
	private Designs() {
	}

	static String text(int workloads, long seed) {
		return DesignText.of(SyntheticDesignGenerator.generate(workloads, seed));
	}

	/** The findings of a full validation of one file (integrity checks, rules, scale limits). */
	static List<Finding> validate(String text) {
		var injector = DdcStandaloneSetup.injector();
		return injector.getInstance(DesignValidator.class)
				.validate(injector.getInstance(DesignLoader.class).loadText(Map.of("generated.ddc", text)));
	}

	/** The errors and warnings among the findings, one formatted line each (suppressed ones left out). */
	static List<String> errorsAndWarnings(List<Finding> findings) {
		return findings.stream()
				.filter(f -> !f.suppressed() && (f.severity() == Severity.ERROR || f.severity() == Severity.WARNING))
				.map(Finding::format).toList();
	}

	static long linesStartingWith(String text, String keyword) {
		return text.lines().filter(line -> line.startsWith(keyword)).count();
	}
}
