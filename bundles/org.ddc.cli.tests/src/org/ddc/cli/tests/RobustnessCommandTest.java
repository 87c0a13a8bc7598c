package org.ddc.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.ddc.cli.DdcCommand;
import org.ddc.cli.ExitCode;
import org.ddc.dsl.load.IoProblems;
import org.ddc.dsl.load.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** What a user sees when the input, the paths or the output are hostile: one clear message, never a stack trace. */
class RobustnessCommandTest {
	private static final String HEADER = "design D { platform hyperv-2012-r2 }\n";
	/** ESC (a colour sequence), BEL, NUL, a C1 control, a bidi override and isolate, line and paragraph separators. */
	private static final String HOSTILE = "X\u001b[31m\u0007\u0000\u0085\u202e\u2066\u2028\u2029Y";

	@TempDir
	Path temp;

	@Test
	void textOutput_escapesControlAndBidiCharacters_oneLinePerFinding() throws IOException {
		Path file = write("evil\u001b]0;title\u0007.ddc", HEADER + "workload W { subnets \"" + HOSTILE + "\" }\n");
		Cli.Result result = Cli.run("validate", file.toString());
		assertEquals(ExitCode.FINDINGS, result.exitCode(), result.all());
		List<String> lines = result.out().lines().toList();
		String unresolved = lines.stream().filter(l -> l.contains("[DDC-UNRESOLVED]")).findFirst().orElseThrow();
		assertTrue(unresolved.contains("X\\u001b[31m\\u0007\\u0000\\u0085\\u202e\\u2066\\u2028\\u2029Y"), unresolved);
		assertTrue(unresolved.startsWith(temp + "/evil\\u001b]0;title\\u0007.ddc:2:"), unresolved);
		assertEquals(-1, firstUnsafe(result.out().replace("\n", "")), result.out());
	}

	@Test
	void jsonOutput_keepsTheNameExactly_butPrintsNoRawControlCharacter() throws IOException {
		Path file = write("d.ddc", HEADER + "workload W { subnets \"" + HOSTILE + "\" }\n");
		Cli.Result result = Cli.run("validate", "--format", "json", file.toString());
		assertEquals(-1, firstUnsafe(result.out().replace("\n", "")), result.out());
		JsonObject root = JsonParser.parseString(result.out()).getAsJsonObject();
		String messages = root.getAsJsonArray("findings").toString();
		assertTrue(result.out().contains("\\u202e"), result.out());
		boolean exact = root.getAsJsonArray("findings").asList().stream()
				.anyMatch(f -> f.getAsJsonObject().get("message").getAsString().contains(HOSTILE));
		assertTrue(exact, messages);
	}

	@Test
	void outputThatCannotBeWritten_exitsTwoWithAMessage() throws IOException {
		Path file = write("d.ddc", HEADER);
		OutputStream full = new OutputStream() {
			@Override
			public void write(int b) throws IOException {
				throw new IOException("No space left on device");
			}
		};
		StringWriter err = new StringWriter();
		int code = DdcCommand.execute(new String[] { "validate", file.toString() },
				new PrintWriter(new PrintWriter(full), true), new PrintWriter(err, true));
		assertEquals(ExitCode.USAGE, code, err.toString());
		assertTrue(err.toString().contains("cannot write the output"), err.toString());
	}

	@Test
	void theSameFileNamedTwice_isReadOnce() throws IOException {
		Path file = write("d.ddc", HEADER + "switch SW-1 { }\n");
		Path relative = Path.of("").toAbsolutePath().relativize(file);
		Cli.Result result = Cli.run("validate", relative.toString(), file.toString(), temp.toString());
		assertTrue(result.out().contains(" in 1 file"), result.all());
		assertFalse(result.out().contains("DDC-DUPLICATE-NAME"), result.all());
	}

	@Test
	void unusablePaths_sayWhy() throws Exception {
		Path loop = temp.resolve("loop.ddc");
		Files.createSymbolicLink(loop, loop);
		assertInputError("symbolic link loop", loop);
		Path fifo = temp.resolve("pipe.ddc");
		assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
		assertInputError("not a regular file", fifo);
		assertInputError("no such file or folder", temp.resolve("missing.ddc"));
		assertEquals("permission denied", IoProblems.reason(new AccessDeniedException("/x/y.ddc")));
	}

	@Test
	void aFileOverTheSizeLimit_isRefused() throws IOException {
		Path sparse = temp.resolve("sparse.ddc");
		try (RandomAccessFile file = new RandomAccessFile(sparse.toFile(), "rw")) {
			file.setLength(SourceText.MAX_FILE_BYTES + 1L);
		}
		assertInputError("file is larger than 64 MB", sparse);
	}

	@Test
	void generate_refusesSizesBeyondTheLimit() {
		Cli.Result result = Cli.run("generate", "--workloads", "2147483647", "-o", temp.resolve("g.ddc").toString());
		assertEquals(ExitCode.USAGE, result.exitCode(), result.all());
		assertTrue(result.err().contains("--workloads must be between 1 and"), result.all());
	}

	@Test
	void generate_intoAFolder_failsCleanly() throws IOException {
		Path folder = Files.createDirectory(temp.resolve("out.ddc"));
		Cli.Result result = Cli.run("generate", "--workloads", "5", "--force", "-o", folder.toString());
		assertEquals(ExitCode.USAGE, result.exitCode(), result.all());
		assertTrue(result.err().contains("is a folder"), result.all());
		assertEquals(List.of(folder), listing());
	}

	@Test
	void generate_force_keepsTheTargetsPermissions_newFilesGetTheUmasksOnes() throws IOException {
		Path existing = write("existing.ddc", "// old\n");
		Set<PosixFilePermission> custom = PosixFilePermissions.fromString("rw-r-----");
		Files.setPosixFilePermissions(existing, custom);
		assertEquals(ExitCode.OK, Cli.run("generate", "--workloads", "5", "--force", "-o", existing.toString()).exitCode());
		assertEquals(custom, Files.getPosixFilePermissions(existing));
		Path fresh = temp.resolve("fresh.ddc");
		assertEquals(ExitCode.OK, Cli.run("generate", "--workloads", "5", "-o", fresh.toString()).exitCode());
		Path plain = Files.createFile(temp.resolve("plain"));
		assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(fresh));
		assertTrue(listing().stream().noneMatch(p -> p.getFileName().toString().startsWith(".ddc-generate")),
				listing()::toString);
	}

	private void assertInputError(String reason, Path path) {
		Cli.Result result = Cli.run("validate", path.toString());
		assertEquals(ExitCode.USAGE, result.exitCode(), result.all());
		assertTrue(result.err().contains(reason), result.all());
		assertFalse(Cli.hasStackTrace(result.all()), result.all());
	}

	private Path write(String name, String text) throws IOException {
		return Files.writeString(temp.resolve(name), text, StandardCharsets.UTF_8);
	}

	private List<Path> listing() throws IOException {
		try (Stream<Path> files = Files.list(temp)) {
			return files.sorted().toList();
		}
	}

	/** The index of the first character a terminal would act on, or -1. */
	private static int firstUnsafe(String text) {
		for (int i = 0; i < text.length(); i++) {
			int type = Character.getType(text.charAt(i));
			if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
					|| type == Character.PARAGRAPH_SEPARATOR) {
				return i;
			}
		}
		return -1;
	}
}
