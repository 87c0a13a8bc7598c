package org.ddc.dsl.tests;

import static org.ddc.dsl.tests.DdcTestSupport.describe;
import static org.ddc.dsl.tests.DdcTestSupport.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.ddc.dsl.validation.Finding;
import org.ddc.dsl.validation.IssueCodes;
import org.junit.jupiter.api.Test;

/**
 * Syntax errors say what was expected at the error ("unexpected 'instanses': expected one of: …") instead of ANTLR's
 * "no viable alternative at input …" or "mismatched input … expecting …", keep their line and column, list at most
 * eight alternatives and suggest the keyword a misspelling is closest to.
 */
class SyntaxMessagesTest {
	private static final Pattern ANTLR_WORDING = Pattern
			.compile(".*(no viable alternative|mismatched (input|character)|extraneous input|missing .* at |expecting|"
					+ "required \\(\\.\\.\\.\\)\\+ loop).*");

	@Test
	void misspeltKeywordInAWorkload_listsTheWorkloadsAttributes_andSuggestsTheKeyword() {
		Finding finding = onlySyntaxError("workload W {\n\tmemory 4 GB\n\tinstanses 2\n}\n");
		assertEquals("design.ddc:3:2: error: [DDC-SYNTAX] unexpected 'instanses': expected one of: description, "
				+ "application, os, kind, instances, memory, cpu, vcpus, … — did you mean 'instances'?", finding.format());
	}

	@Test
	void misspeltTopLevelKeyword_listsTheElements() {
		Finding finding = onlySyntaxError("switch SW-1 { }\nwrokload W { }\n");
		assertEquals("design.ddc:2:1: error: [DDC-SYNTAX] unexpected 'wrokload': expected one of: design, "
				+ "isolation-domain, workload, workload-group, host-design, management-server, vmm-instance, "
				+ "opsmgr-group, … — did you mean 'workload'?", finding.format());
	}

	@Test
	void wrongEnumerationValue_listsTheValuesAsWrittenInTheLanguage() {
		Finding approach = onlySyntaxError("workload W {\n\tfault-tolerance required approach load-balanced\n}\n");
		assertEquals("design.ddc:2:36: error: [DDC-SYNTAX] unexpected 'load-balanced': expected one of: "
				+ "not-applicable, load-balancing, vm-clustering, host-clustering, application-level", approach.format());
		Finding mode = onlySyntaxError("host-design H {\n\tadapter A ports 2\n\tteam T members A mode load-balanced\n}\n");
		assertEquals("design.ddc:3:24: error: [DDC-SYNTAX] unexpected 'load-balanced': expected one of: "
				+ "fault-tolerance, load-balancing", mode.format());
	}

	@Test
	void unclosedBrace_saysWhichBraceIsOpen() {
		Finding finding = onlySyntaxError("switch SW-1 { ports 48 }\nworkload W {\n\tmemory 4 GB\n");
		assertEquals("design.ddc:3:13: error: [DDC-SYNTAX] unexpected end of file: expected '}' to close the '{' of "
				+ "line 2", finding.format());
	}

	@Test
	void missingNumber_orUnit_sayWhatTheValueNeeds() {
		Finding number = onlySyntaxError("host-design H {\n\tcpu 2 x 8 cores intel\n}\n");
		assertEquals("design.ddc:2:18: error: [DDC-SYNTAX] unexpected 'intel': expected a number", number.format());
		List<Finding> unit = errors("workload W {\n\tmemory 4\n\tcpu 6 %\n}\n");
		assertEquals(List.of("design.ddc:2:9: error: [DDC-UNIT] missing unit after '4': write a data size such as "
				+ "'4 GB' (KB, MB, GB or TB)"), unit.stream().map(Finding::format).toList());
	}

	@Test
	void lexerErrors_inTheSameWords() {
		Finding string = onlySyntaxError("subnet S {\n\tcidr \"10.1.1.0/24\n\tvlan 4\n}\n");
		assertEquals("design.ddc:2:7: error: [DDC-SYNTAX] unexpected end of file: expected '\"' to close the quoted "
				+ "string", string.format());
		// the lexer reads 'ieee-802.1' as the start of the keywords ieee-802.1q and ieee-802.1x
		List<Finding> character = errors("switch SW-1 {\n\tports 48\n\tcapabilities ieee-802.1z\n}\n");
		assertEquals("design.ddc:3:15: error: [DDC-SYNTAX] unexpected character 'z'", character.get(0).format(),
				() -> describe(character));
		// a character no token starts with is an unexpected token for the parser
		Finding section = onlySyntaxError("switch SW-1 {\n\tcapabilities snmp §\n}\n");
		assertEquals("design.ddc:2:20: error: [DDC-SYNTAX] unexpected '§': expected one of: ',', description, model, "
				+ "height, power-draw, power-supplies, features, scaling-validated, …", section.format());
	}

	@Test
	void mutatedExamples_neverShowAntlrWording() throws IOException {
		Path examples = Path.of(System.getProperty("user.dir")).resolve("../../examples").normalize();
		String contoso = Files.readString(examples.resolve("contoso/contoso.ddc"), StandardCharsets.UTF_8);
		String[] tokens = contoso.split("(?<=\\s)|(?=\\s)");
		Random random = new Random(8);
		List<String> antlr = new ArrayList<>();
		int syntaxErrors = 0;
		for (int i = 0; i < 40; i++) {
			StringBuilder mutated = new StringBuilder();
			int from = random.nextInt(tokens.length);
			for (int t = 0; t < tokens.length; t++) {
				// drop, duplicate or misspell one token in every hundred, from a random point on
				int dice = t >= from ? random.nextInt(300) : 300;
				String token = tokens[t];
				mutated.append(dice == 0 ? "" : dice == 1 ? token + " " + token
						: dice == 2 && token.length() > 3 ? token.substring(1) : token);
			}
			for (Finding finding : findings(mutated.toString())) {
				if (finding.code().equals(IssueCodes.SYNTAX)) {
					syntaxErrors++;
					if (ANTLR_WORDING.matcher(finding.message()).matches()) {
						antlr.add(finding.format());
					}
				}
			}
		}
		assertEquals(List.of(), antlr);
		assertFalse(syntaxErrors < 40, "the mutations gave syntax errors: " + syntaxErrors);
	}

	private static List<Finding> errors(String text) {
		return DdcTestSupport.errors(findings(text));
	}

	private static Finding onlySyntaxError(String text) {
		List<Finding> syntax = errors(text).stream().filter(f -> f.code().equals(IssueCodes.SYNTAX)).toList();
		assertEquals(1, syntax.size(), () -> describe(findings(text)));
		return syntax.get(0);
	}
}
