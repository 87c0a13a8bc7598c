package org.ddc.dsl.tests;

import static org.ddc.dsl.tests.DdcTestSupport.describe;
import static org.ddc.dsl.tests.DdcTestSupport.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.ddc.dsl.linking.NameSuggester;
import org.ddc.dsl.load.DesignInputException;
import org.ddc.dsl.load.DesignLoader;
import org.ddc.dsl.load.LoadedDesign;
import org.ddc.dsl.load.ProjectSettings;
import org.ddc.dsl.validation.Finding;
import org.ddc.dsl.validation.IssueCodes;
import org.ddc.rules.MessageLists;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/** Inputs found by fuzzing that were slow or produced huge messages: each must stay fast and its messages short. */
class RobustnessTest {
	private static final String HEADER = "design D { platform hyperv-2012-r2 }\n";

	@Nested
	class DidYouMean {
		@Test
		void aNameWithinTwoEditsIsSuggested_caseIgnored() {
			List<Finding> findings = findings(HEADER + "subnet NET-WEB { }\nworkload W { subnets net-wbe }\n");
			Finding unresolved = only(findings, IssueCodes.UNRESOLVED);
			assertTrue(unresolved.message().contains("did you mean 'NET-WEB'?"), unresolved::format);
		}

		@Test
		void thousandsOfUnknownReferences_eachReported_searchBoundedByTheComparisonBudget() {
			int names = 3_000;
			String subnets = IntStream.range(0, names).mapToObj(i -> "subnet NET-%05d { }\n".formatted(i))
					.reduce("", String::concat);
			String references = String.join(", ",
					IntStream.range(0, names).mapToObj(i -> "NEX-%05d".formatted(i)).toList());
			List<Finding> findings = findings(HEADER + subnets + "workload W { subnets " + references + " }\n");
			List<Finding> unresolved = findings.stream().filter(f -> f.code().equals(IssueCodes.UNRESOLVED)).toList();
			assertEquals(names, unresolved.size(), () -> describe(findings.subList(0, 5)));
			assertTrue(unresolved.get(0).message().contains("(did you mean 'NET-00000'?)"), unresolved.get(0)::format);
		}

		@Test
		void suggesterComparesAtMostItsBudget_andOnlyNamesOfCloseLength() {
			List<String> names = new ArrayList<>();
			IntStream.range(0, 100_000).forEach(i -> names.add("NAME-%06d".formatted(i)));
			names.add("X");
			NameSuggester suggester = new NameSuggester(names);
			assertEquals("X", suggester.closest("Y"), "only the one name of close length is a candidate");
			assertEquals(1, suggester.comparisons());
			for (int i = 0; i < 1_000; i++) {
				suggester.closest("NAME-X%05d".formatted(i));
			}
			assertEquals(NameSuggester.MAX_COMPARISONS, suggester.comparisons());
		}

		@Test
		void aHugeUnknownNameGetsAShortMessageAndNoSearch() {
			String huge = "N".repeat(800_000);
			List<Finding> findings = findings(HEADER + "subnet NET-A { }\nworkload W { subnets " + huge + " }\n");
			Finding unresolved = only(findings, IssueCodes.UNRESOLVED);
			assertTrue(unresolved.message().length() < 400, () -> unresolved.message().substring(0, 400));
			assertTrue(unresolved.message().contains("(800000 characters)"), unresolved::message);
			NameSuggester suggester = new NameSuggester(List.of("NET-A", huge.substring(1)));
			assertNull(suggester.closest(huge));
			assertEquals(0, suggester.comparisons());
		}
	}

	@Nested
	class ManyDuplicates {
		@Test
		void manyDesignHeaders_firstListsThreeAndCountsTheRest_othersNameTheFirst() {
			String text = IntStream.range(0, 4_000).mapToObj(i -> "design D" + i + " { }\n").reduce("", String::concat);
			List<Finding> headers = findings(text).stream().filter(f -> f.code().equals(IssueCodes.DESIGN_HEADER))
					.toList();
			assertEquals(4_000, headers.size());
			assertEquals("a design has exactly one 'design' header; also found D1 at design.ddc:2, D2 at design.ddc:3, "
					+ "D3 at design.ddc:4 and 3996 more: merge them", headers.get(0).message());
			assertEquals("a design has exactly one 'design' header; the first is D0 at design.ddc:1: merge them",
					headers.get(3_999).message());
		}

		@Test
		void tenThousandWorkloadsOfOneName_eachReportedOnce_withAnotherDeclaration() {
			String text = HEADER + "workload W { instances 1 }\n".repeat(10_000);
			List<Finding> duplicates = findings(text).stream()
					.filter(f -> f.code().equals(IssueCodes.DUPLICATE_NAME)).toList();
			assertEquals(10_000, duplicates.size());
			assertTrue(duplicates.get(0).message().contains("also declared at design.ddc:3"), duplicates.get(0)::format);
			assertTrue(duplicates.get(9_999).message().contains("also declared at design.ddc:2"),
					duplicates.get(9_999)::format);
		}

		@Test
		void messageListsShowThreeItemsThenACount() {
			assertEquals("a, b", MessageLists.join(List.of("a", "b")));
			assertEquals("a, b, c and 2 more", MessageLists.join(List.of("a", "b", "c", "d", "e")));
		}
	}

	@Nested
	class Fragments {
		@Test
		void everyElementHasEmfsPathFragment_andItResolvesBack() {
			LoadedDesign design = DdcTestSupport.load(HEADER + "switch SW-1 { }\nrack R { height 42 U feed A 5 kW }\npower-feed A\n");
			Resource resource = design.resourceSet().getResources().get(0);
			EObject rack = resource.getContents().get(0).eContents().get(2);
			assertEquals("//@elements.2", resource.getURIFragment(rack));
			assertEquals("//@elements.2/@circuits.0", resource.getURIFragment(rack.eContents().get(0)));
			resource.getAllContents().forEachRemaining(object -> assertSame(object,
					resource.getEObject(resource.getURIFragment(object)), () -> resource.getURIFragment(object)));
		}
	}

	@Nested
	class Encodings {
		@TempDir
		Path temp;

		@Test
		void aUtf8ByteOrderMarkIsIgnored() throws Exception {
			Path file = write("bom.ddc", concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, utf8(HEADER)));
			DdcTestSupport.assertNoErrors(findings(load(file)));
		}

		@Test
		void utf16IsOneClearInputError() throws IOException {
			Path file = write("utf16.ddc", HEADER.getBytes(StandardCharsets.UTF_16LE));
			DesignInputException error = assertThrows(DesignInputException.class, () -> load(file));
			assertEquals(file + ":1:1: not UTF-8 (looks like UTF-16 LE): save the file as UTF-8", error.getMessage());
			Path withMark = write("utf16be.ddc", HEADER.getBytes(StandardCharsets.UTF_16));
			assertTrue(assertThrows(DesignInputException.class, () -> load(withMark)).getMessage()
					.contains("looks like UTF-16 BE"));
		}

		@Test
		void anInvalidByteIsReportedWithLineAndColumn() throws IOException {
			byte[] latin1 = (HEADER + "workload Caf\u00e9 { }\n").getBytes(StandardCharsets.ISO_8859_1);
			Path file = write("latin1.ddc", latin1);
			DesignInputException error = assertThrows(DesignInputException.class, () -> load(file));
			assertEquals(file + ":2:13: not UTF-8: invalid byte 0xE9 at line 2: save the file as UTF-8",
					error.getMessage());
		}

		@Test
		void settingsWithALatin1Comment_stillApply_anUnreadableRuleLineIsReported() throws Exception {
			write(ProjectSettings.FILE_NAME, ("# r\u00e9glages du projet\nrule.IPD-5-05 = off\nrule.IPD-5-0\u00e9 = off\n")
					.getBytes(StandardCharsets.ISO_8859_1));
			Path file = write("d.ddc", utf8(HEADER));
			ProjectSettings settings = load(file).settings();
			assertEquals(List.of("IPD-5-05"), settings.ruleIds());
			assertEquals(Map.of(3, "this line is not UTF-8: save the file as UTF-8"), settings.problems());
		}

		private LoadedDesign load(Path file) throws DesignInputException {
			return DdcTestSupport.injector().getInstance(DesignLoader.class).load(List.of(file));
		}

		private Path write(String name, byte[] content) throws IOException {
			return Files.write(temp.resolve(name), content);
		}
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] result = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, result, a.length, b.length);
		return result;
	}

	private static Finding only(List<Finding> findings, String code) {
		List<Finding> matching = findings.stream().filter(f -> f.code().equals(code)).toList();
		assertEquals(1, matching.size(), () -> describe(findings));
		return matching.get(0);
	}
}
