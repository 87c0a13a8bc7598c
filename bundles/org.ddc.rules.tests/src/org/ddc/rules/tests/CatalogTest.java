package org.ddc.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.ddc.rules.Catalog;
import org.ddc.rules.Rule;
import org.ddc.rules.RuleInfo;
import org.ddc.rules.Rules;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The rule catalog, the rule classes and the not-implemented reasons agree. */
class CatalogTest {
	private final Catalog catalog = Catalog.load();

	@Test
	void catalog_holdsAll204GuideRules_withCitationAndQuote() {
		List<RuleInfo> guide = catalog.all().stream().filter(r -> r.id().startsWith("IPD-")).toList();
		assertEquals(204, guide.size());
		for (RuleInfo rule : guide) {
			assertEquals("000", rule.citation().seed(), rule.id());
			assertTrue(rule.citation().line() > 0, rule.id() + " has no seed line");
			assertFalse(rule.citation().quote().isBlank(), rule.id() + " has no quote");
			assertFalse(rule.title().isBlank(), rule.id());
		}
	}

	@Test
	void everyRuleClass_hasAUniqueCatalogedId() {
		Set<String> seen = new HashSet<>();
		for (Rule rule : Rules.all()) {
			assertTrue(seen.add(rule.id()), "duplicate rule ID " + rule.id());
			assertNotNull(catalog.get(rule.id()), rule.id() + " is not in the catalog");
		}
	}

	@Test
	void everyCatalogEntry_isImplementedOrSaysWhyNot() {
		Set<String> implemented = new HashSet<>();
		Rules.all().forEach(rule -> implemented.add(rule.id()));
		List<String> problems = new ArrayList<>();
		for (RuleInfo info : catalog.all()) {
			boolean elsewhere = !info.implemented() || info.byReport();
			if (implemented.contains(info.id()) == elsewhere) {
				problems.add(info.id() + (elsewhere ? " has a rule class but is also listed as not implemented or "
						+ "implemented by the report"
						: " is neither implemented nor listed in catalog/not-implemented/ or catalog/report-derived.tsv"));
			}
		}
		assertEquals(List.of(), problems);
	}

	@Test
	void reportDerivedRules_saySectionAndPlace_andAreNotAlsoNotImplemented() {
		List<String[]> rows = Catalog.reportDerived();
		assertFalse(rows.isEmpty());
		for (String[] row : rows) {
			RuleInfo info = catalog.get(row[0]);
			assertNotNull(info, row[0] + " is not in the catalog");
			assertTrue(info.byReport() && info.implemented(), row[0]);
			assertEquals(row[3], info.reportPlace());
			assertFalse(row[1].isBlank() || row[3].isBlank(), row[0] + " names no section or place");
		}
		// the Table A-1 totals of Step 1 Task 3 (L128) are the report's
		assertTrue(catalog.get("IPD-1-21").reportPlace().startsWith("Table A-1, column \"Total\""));
	}

	@Test
	void everyRuleClassInTheBundle_isRegistered() throws ClassNotFoundException {
		Bundle bundle = FrameworkUtil.getBundle(Rules.class);
		Enumeration<URL> entries = bundle.findEntries("/", "*.class", true);
		Set<String> registered = new TreeSet<>();
		Rules.all().forEach(rule -> registered.add(rule.getClass().getName()));
		Set<String> found = new TreeSet<>();
		for (URL entry : Collections.list(entries)) {
			String path = entry.getPath();
			int start = path.indexOf("org/ddc/rules/");
			if (start < 0 || path.contains("$")) {
				continue;
			}
			String name = path.substring(start, path.length() - ".class".length()).replace('/', '.');
			Class<?> type = bundle.loadClass(name);
			if (Rule.class.isAssignableFrom(type) && !java.lang.reflect.Modifier.isAbstract(type.getModifiers())) {
				found.add(name);
			}
		}
		assertFalse(found.isEmpty(), "no rule classes found in the bundle");
		assertEquals(found, registered);
	}
}
