package org.ddc.cli.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

import org.ddc.cli.ExitCode;
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

	@Option(names = "--workloads", required = true, paramLabel = "N", description = "number of workloads (>= 1)")
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
		if (workloads < 1) {
			spec.commandLine().getErr().println("ddc generate: --workloads must be at least 1");
			return ExitCode.USAGE;
		}
		if (Files.exists(output) && !force) {
			spec.commandLine().getErr().println("ddc generate: " + output + " exists; use --force to overwrite it");
			return ExitCode.USAGE;
		}
		DdcModel model = SyntheticDesignGenerator.generate(workloads, seed);
		String text = DesignText.of(model);
		try {
			Path absolute = output.toAbsolutePath();
			Files.createDirectories(absolute.getParent());
			Path temporary = Files.createTempFile(absolute.getParent(), ".ddc-generate", ".tmp");
			Files.writeString(temporary, text, StandardCharsets.UTF_8);
			Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			spec.commandLine().getErr().println("ddc generate: cannot write " + output + " (" + e.getMessage() + ")");
			return ExitCode.USAGE;
		}
		spec.commandLine().getOut().println("wrote " + output + ": " + workloads + " workloads, "
				+ model.getElements().size() + " elements, " + text.lines().count() + " lines");
		return ExitCode.OK;
	}
}
