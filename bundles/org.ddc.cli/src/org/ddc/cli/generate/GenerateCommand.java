package org.ddc.cli.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.ddc.cli.ExitCode;
import org.ddc.cli.TerminalText;
import org.ddc.dsl.load.IoProblems;
import org.ddc.generate.DesignText;
import org.ddc.generate.SyntheticDesignGenerator;
import org.ddc.model.DdcModel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ddc generate --workloads N -o FILE}: writes a realistic, valid synthetic design. */
@Command(name = "generate", mixinStandardHelpOptions = true,
		description = { "Write a realistic, valid synthetic design of any size (for benchmarks and tests).",
				"Groups, host designs, storage, switches and racks are scaled to fit the workloads." })
public class GenerateCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Option(names = "--workloads", required = true, paramLabel = "N", description = "number of workloads (1 to "
			+ SyntheticDesignGenerator.MAX_WORKLOADS_TEXT + ")")
	private int workloads;

	@Option(names = "--seed", paramLabel = "S", defaultValue = "1",
			description = "random seed; the same seed gives the same design (default: ${DEFAULT-VALUE})")
	private long seed;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "FILE", description = "the .ddc file to write")
	private Path output;

	@Option(names = "--force", description = "overwrite FILE if it exists")
	private boolean force;

	@Override
	public Integer call() {
		String shownOutput = TerminalText.escape(String.valueOf(output));
		if (workloads < 1 || workloads > SyntheticDesignGenerator.MAX_WORKLOADS) {
			spec.commandLine().getErr().printf("ddc generate: --workloads must be between 1 and %,d%n",
					SyntheticDesignGenerator.MAX_WORKLOADS);
			return ExitCode.USAGE;
		}
		if (Files.isDirectory(output)) {
			spec.commandLine().getErr().println("ddc generate: " + shownOutput + " is a folder; name a file to write");
			return ExitCode.USAGE;
		}
		if (Files.exists(output, LinkOption.NOFOLLOW_LINKS) && !force) {
			spec.commandLine().getErr().println("ddc generate: " + shownOutput + " exists; use --force to overwrite it");
			return ExitCode.USAGE;
		}
		DdcModel model = SyntheticDesignGenerator.generate(workloads, seed);
		String text = DesignText.of(model);
		try {
			TargetFile.write(output, text);
		} catch (IOException e) {
			spec.commandLine().getErr().println(
					"ddc generate: cannot write " + shownOutput + " (" + TerminalText.escape(IoProblems.reason(e)) + ")");
			return ExitCode.USAGE;
		}
		spec.commandLine().getOut().println("wrote " + shownOutput + ": " + workloads + " workloads, "
				+ model.getElements().size() + " elements, " + text.lines().count() + " lines");
		return ExitCode.OK;
	}
}
