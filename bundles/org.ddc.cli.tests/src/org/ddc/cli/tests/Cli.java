package org.ddc.cli.tests;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.ddc.cli.DdcCommand;
import org.ddc.cli.DocsRoot;

/** Runs the ddc command line in-process and captures what it prints. */
final class Cli {
	/** The repository's examples folder (tests run with the test bundle as working directory). */
	static final Path EXAMPLES = Path.of(System.getProperty("user.dir")).resolve("../../examples").normalize();
	/** The ddc folder (README.md, docs/), which the launcher passes as {@code ddc.home}. */
	static final Path HOME = EXAMPLES.getParent();

	static {
		System.setProperty(DocsRoot.HOME_PROPERTY, HOME.toString());
	}

	record Result(int exitCode, String out, String err) {
		String all() {
			return out + err;
		}
	}

	private Cli() {
	}

	static Result run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = DdcCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
		return new Result(code, out.toString(), err.toString());
	}

	static boolean hasStackTrace(String text) {
		return text.contains("Exception") || text.matches("(?s).*\\n\\s+at [\\w.$]+\\(.*");
	}
}
