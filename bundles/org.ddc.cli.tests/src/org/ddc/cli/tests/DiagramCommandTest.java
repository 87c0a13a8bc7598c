package org.ddc.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.ddc.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ddc diagram}: SVG files of a design, the kinds asked for, a what-if, the report's output rules. */
class DiagramCommandTest {
	@TempDir
	Path temp;

	private static String contoso() {
		return Cli.EXAMPLES.resolve("contoso").toString();
	}

	private static List<String> files(Path folder) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void everyDiagram_asAStandaloneSvgFile() throws Exception {
		Path out = temp.resolve("d");
		Cli.Result result = Cli.run("diagram", contoso(), "--out", out.toString());
		assertEquals(ExitCode.OK, result.exitCode(), result.all());
		assertEquals(List.of(".ddc-report", "network.svg", "rack.svg", "storage.svg"), files(out));
		assertTrue(result.out().contains("3 files written; the design: 0 errors"), result.out());
		String rack = Files.readString(out.resolve("rack.svg"));
		assertTrue(rack.startsWith("<?xml") && rack.contains("<title>Rack elevations"), rack.substring(0, 300));
		assertTrue(rack.contains("CON-R01") && rack.contains("HD-WEBAPP-03"), "contoso's racks and hosts");
	}

	@Test
	void kindsAskedFor_only_andAWhatIfMarksTheFailedSwitch() throws Exception {
		Path out = temp.resolve("what-if");
		Cli.Result result = Cli.run("diagram", contoso(), "-o", out.toString(), "--kind", "network",
				"--fail", "CON-SW-A1");
		assertEquals(ExitCode.OK, result.exitCode(), result.all());
		assertEquals(List.of(".ddc-report", "network.svg"), files(out));
		String network = Files.readString(out.resolve("network.svg"));
		assertTrue(network.contains("mark-failed") && network.contains("What if switch CON-SW-A1 fail"), network);
		Cli.Result plain = Cli.run("diagram", contoso(), "-o", temp.resolve("plain").toString(), "--kind", "network");
		assertEquals(ExitCode.OK, plain.exitCode(), plain.all());
		assertFalse(Files.readString(temp.resolve("plain/network.svg")).contains("mark-failed"));
	}

	@Test
	void unknownKindOrComponent_isAUsageError_andWritesNothing() {
		Path out = temp.resolve("none");
		Cli.Result kind = Cli.run("diagram", contoso(), "-o", out.toString(), "--kind", "floorplan");
		assertEquals(ExitCode.USAGE, kind.exitCode());
		assertTrue(kind.err().contains("'floorplan' is not a diagram; choose rack, network or storage"), kind.err());
		Cli.Result component = Cli.run("diagram", contoso(), "-o", out.toString(), "--fail", "NO-SUCH");
		assertEquals(ExitCode.USAGE, component.exitCode());
		assertTrue(component.err().contains("ddc diagram: --fail: no component named 'NO-SUCH'"), component.err());
		assertFalse(Files.exists(out));
	}

	@Test
	void aFileOfTheUsersInTheWay_isNotOverwritten_butAnEarlierDiagramIs() throws Exception {
		Path out = temp.resolve("mine");
		Files.createDirectories(out);
		Files.writeString(out.resolve("rack.svg"), "my own drawing");
		Cli.Result refused = Cli.run("diagram", contoso(), "-o", out.toString());
		assertEquals(ExitCode.USAGE, refused.exitCode(), refused.all());
		assertEquals("my own drawing", Files.readString(out.resolve("rack.svg")));
		assertEquals(List.of("rack.svg"), files(out), "nothing else written");
		Path again = temp.resolve("again");
		assertEquals(ExitCode.OK, Cli.run("diagram", contoso(), "-o", again.toString()).exitCode());
		assertEquals(ExitCode.OK, Cli.run("diagram", contoso(), "-o", again.toString(), "--kind", "rack").exitCode());
		assertEquals(List.of(".ddc-report", "rack.svg"), files(again), "the earlier diagrams replaced");
	}
}
