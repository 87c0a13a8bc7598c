package org.ddc.cli;

import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The design and the output folder of the commands that write files ({@code report}, {@code diagram}). */
public final class OutputOptions {

	@Parameters(arity = "1..*", paramLabel = "PATH", description = ".ddc files or folders that make up the design")
	private List<Path> paths;

	@Option(names = { "-o", "--out" }, required = true, paramLabel = "DIR",
			description = "Folder to write into (created if missing)")
	private Path out;

	@Option(names = "--force", description = "Overwrite files in DIR that ddc did not write")
	private boolean force;

	/** The paths that make up the design. */
	public List<Path> paths() {
		return paths;
	}

	/** The output folder. */
	public Path out() {
		return out;
	}

	/** Whether files in the way that ddc did not write may be overwritten. */
	public boolean force() {
		return force;
	}
}
