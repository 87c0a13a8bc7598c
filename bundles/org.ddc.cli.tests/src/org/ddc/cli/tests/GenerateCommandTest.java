package org.ddc.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.ddc.cli.ExitCode;
import org.ddc.dsl.DdcStandaloneSetup;
import org.ddc.dsl.formatting2.DdcTextFormatter;
import org.ddc.dsl.load.DesignLoader;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
	@TempDir
	Path temp;

	@Test
	void generatedDesign_validatesWithoutErrorsOrWarnings() {
		Path file = temp.resolve("g.ddc");
		Cli.Result generate = Cli.run("generate", "--workloads", "300", "--seed", "7", "-o", file.toString());
		assertEquals(ExitCode.OK, generate.exitCode(), generate.all());
		Cli.Result validate = Cli.run("validate", file.toString());
		assertEquals(ExitCode.OK, validate.exitCode(), validate.all());
		String summary = validate.out().lines().reduce((first, second) -> second).orElse("");
		assertTrue(summary.startsWith("0 errors, 0 warnings"), validate.out());
	}

	@Test
	void generatedDesign_scalesGroupsHostsStorageAndRacks() throws IOException {
		Path small = temp.resolve("small.ddc");
		Path large = temp.resolve("large.ddc");
		Cli.run("generate", "--workloads", "100", "-o", small.toString());
		Cli.run("generate", "--workloads", "1500", "-o", large.toString());
		for (String keyword : new String[] { "workload-group ", "host-design ", "storage-system ", "rack ",
				"switch ", "vmm-instance " }) {
			long inSmall = count(small, keyword);
			long inLarge = count(large, keyword);
			assertTrue(inSmall >= 1, keyword + " missing in small design");
			assertTrue(inLarge >= inSmall, keyword + " does not scale: " + inSmall + " -> " + inLarge);
		}
		assertEquals(100, count(small, "workload "));
		assertEquals(1500, count(large, "workload "));
		assertTrue(count(large, "rack ") > count(small, "rack "));
	}

	@Test
	void sameSeed_givesTheSameDesign_otherSeedADifferentOne() throws IOException {
		Path a = temp.resolve("a.ddc");
		Path b = temp.resolve("b.ddc");
		Path c = temp.resolve("c.ddc");
		Cli.run("generate", "--workloads", "50", "--seed", "3", "-o", a.toString());
		Cli.run("generate", "--workloads", "50", "--seed", "3", "-o", b.toString());
		Cli.run("generate", "--workloads", "50", "--seed", "4", "-o", c.toString());
		assertEquals(Files.readString(a), Files.readString(b));
		assertNotEquals(Files.readString(a), Files.readString(c));
	}

	@Test
	void generatedDesign_isInTheFormattersLayout() throws IOException {
		for (String seed : new String[] { "1", "2" }) {
			Path file = temp.resolve("f" + seed + ".ddc");
			Cli.run("generate", "--workloads", "60", "--seed", seed, "-o", file.toString());
			String text = Files.readString(file);
			XtextResource resource = (XtextResource) DdcStandaloneSetup.injector().getInstance(DesignLoader.class)
					.loadText(Map.of("g.ddc", text)).resourceSet().getResources().get(0);
			assertEquals(text, DdcStandaloneSetup.injector().getInstance(DdcTextFormatter.class).format(resource),
					"formatting a generated design changes nothing (seed " + seed + ")");
		}
	}

	@Test
	void existingFile_isNeverOverwritten_withoutForce() throws IOException {
		Path file = Files.writeString(temp.resolve("mine.ddc"), "// my own design\n");
		Cli.Result result = Cli.run("generate", "--workloads", "10", "-o", file.toString());
		assertEquals(ExitCode.USAGE, result.exitCode());
		assertTrue(result.err().contains("--force"), result.err());
		assertEquals("// my own design\n", Files.readString(file));
		assertEquals(ExitCode.OK, Cli.run("generate", "--workloads", "10", "--force", "-o", file.toString()).exitCode());
		assertTrue(Files.readString(file).contains("workload "));
	}

	@Test
	void nonPositiveWorkloadCount_isAUsageError() {
		assertEquals(ExitCode.USAGE, Cli.run("generate", "--workloads", "0", "-o", temp.resolve("z.ddc").toString()).exitCode());
		assertEquals(ExitCode.USAGE, Cli.run("generate", "-o", temp.resolve("z.ddc").toString()).exitCode());
	}

	private static long count(Path file, String keyword) throws IOException {
		return Files.readAllLines(file).stream().filter(line -> line.startsWith(keyword)).count();
	}
}
