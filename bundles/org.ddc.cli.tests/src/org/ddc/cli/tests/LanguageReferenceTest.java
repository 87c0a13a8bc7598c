package org.ddc.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ddc.cli.ExitCode;
import org.ddc.cli.language.LanguageReference;
import org.ddc.dsl.DdcStandaloneSetup;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.junit.jupiter.api.Test;

/** docs/language.md is generated from the grammar and metamodel, complete, and in sync. */
class LanguageReferenceTest {
	private static final String MARKDOWN = LanguageReference.markdown();

	@Test
	void docsLanguageMd_isUpToDateWithTheGrammar() throws IOException {
		Path docs = Cli.HOME.resolve("docs/language.md");
		assertTrue(Files.exists(docs), "docs/language.md is missing: run " + LanguageReference.COMMAND);
		assertEquals(MARKDOWN, Files.readString(docs, StandardCharsets.UTF_8),
				"docs/language.md is out of date: run " + LanguageReference.COMMAND);
		Cli.Result result = Cli.run("language", "--format", "markdown");
		assertEquals(ExitCode.OK, result.exitCode(), result.err());
		assertEquals(MARKDOWN, result.out());
	}

	@Test
	void everyKeywordOfTheGrammar_appearsInTheReference() {
		List<String> missing = new ArrayList<>();
		for (String keyword : GrammarUtil.getAllKeywords(
				DdcStandaloneSetup.injector().getInstance(IGrammarAccess.class).getGrammar())) {
			if (!MARKDOWN.contains(keyword)) {
				missing.add(keyword);
			}
		}
		assertEquals(List.of(), missing);
	}

	@Test
	void attributes_showType_unitKind_values_default_andTheTableRowTheyFill() {
		// workload memory: a data size, Table A-1's row "Memory" at guide line 556
		assertRow("| `memory <data size>` | data size in KB, MB, GB or TB, e.g. `4 GB` | — | "
				+ "Table A-1, row \u201cMemory\u201d (L556) |");
		// the design's platform: the enumeration as written in the language
		assertTrue(MARKDOWN.contains("one of: hyperv-2008-r2, hyperv-2012, hyperv-2012-r2"), MARKDOWN);
		// a default stated by the metamodel, and a guide step named from the places table
		assertTrue(MARKDOWN.lines().anyMatch(line -> line.startsWith("| `host-reserve <data size>` |")
				&& line.contains("| 4 GB |")), MARKDOWN);
		assertTrue(MARKDOWN.lines().anyMatch(line -> line.startsWith("| `failover-reserve N + <number>` |")
				&& line.endsWith("| Step 1, Task 2 (L123) |")), MARKDOWN);
		// a verbatim row label with its trailing space, on a nested element
		assertTrue(MARKDOWN.contains("Table A-3, row \u201cNetwork adapters \u201d (L703)"), MARKDOWN);
		// nested elements have sections of their own, reachable by link
		assertTrue(MARKDOWN.contains("<a id=\"network-adapter\"></a>`adapter` — network adapter"), MARKDOWN);
		assertTrue(MARKDOWN.contains("(#network-adapter)"), MARKDOWN);
	}

	@Test
	void everyGuideMappingRow_namesAnElementOrAttributeOfTheGrammar() {
		assertEquals(List.of(), LanguageReference.unusedGuideRows());
	}

	private static void assertRow(String row) {
		assertTrue(MARKDOWN.lines().anyMatch(row::equals), () -> "no line " + row + " in\n" + MARKDOWN);
	}
}
