package org.ddc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.ddc.cli.validate.Summary;
import org.ddc.report.write.ReportOutputException;

/**
 * How {@code report} and {@code diagram} write their folder and say what they wrote: the files, one per line, then
 * the count and the design's summary; a file in the way or a failed write is a usage or I/O problem (exit 2), with
 * nothing written.
 */
public final class OutputFiles {

	/** Writes the files into the folder and returns them, relative to it. */
	@FunctionalInterface
	public interface Writing {
		List<String> write() throws IOException;
	}

	private OutputFiles() {
	}

	/** Runs the writing and prints its outcome; the exit code. */
	public static int write(String command, String what, Path out, Writing writing, Summary summary, PrintWriter stdout,
			PrintWriter err) {
		List<String> written;
		try {
			written = writing.write();
		} catch (ReportOutputException e) {
			err.println("ddc " + command + ": " + TerminalText.escape(e.getMessage()));
			return ExitCode.USAGE;
		} catch (IOException e) {
			err.println("ddc " + command + ": cannot write the " + what + " into " + TerminalText.escape(out.toString())
					+ ": " + TerminalText.escape(String.valueOf(e.getMessage())) + " (nothing was written)");
			return ExitCode.USAGE;
		}
		for (String file : written) {
			stdout.println(TerminalText.escape(out.resolve(file).toString()));
		}
		stdout.println(written.size() + (written.size() == 1 ? " file" : " files") + " written; the design: "
				+ summary.describe());
		stdout.flush();
		return summary.hasErrors() ? ExitCode.FINDINGS : ExitCode.OK;
	}
}
