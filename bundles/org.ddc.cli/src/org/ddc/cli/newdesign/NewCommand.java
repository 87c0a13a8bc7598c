package org.ddc.cli.newdesign;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.ddc.cli.ExitCode;
import org.ddc.cli.TerminalText;
import org.ddc.dsl.DdcStandaloneSetup;
import org.ddc.dsl.load.DesignInputException;
import org.ddc.dsl.load.DesignScope;
import org.ddc.dsl.load.IoProblems;
import org.ddc.templates.DesignName;
import org.ddc.templates.StarterDesign;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ddc new NAME [-o DIR]}: writes a commented starter design, one file per step of the guide. */
@Command(name = "new", mixinStandardHelpOptions = true,
		description = { "Start a design: a commented starter, one file per step of the guide (ddc.properties, "
				+ "design.ddc, 1-workloads.ddc … 6-racks.ddc), that validates with no errors and no warnings.",
				"NAME is the design's name and the prefix of its element names. Existing files are never "
						+ "overwritten." })
public class NewCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "NAME", description = "the design's name, e.g. Contoso")
	private String name;

	@Option(names = { "-o", "--output" }, paramLabel = "DIR",
			description = "the folder to write the design to (default: a new folder NAME in the current one)")
	private Path output;

	@Override
	public Integer call() {
		Optional<String> problem = DesignName.problem(name);
		if (problem.isPresent()) {
			return usage(problem.get());
		}
		Path folder = output != null ? output : Path.of(name.strip());
		String shownFolder = TerminalText.escape(folder.toString());
		if (Files.exists(folder) && !Files.isDirectory(folder)) {
			return usage(shownFolder + " exists and is not a folder; name a folder with -o");
		}
		List<Path> existing = StarterFolder.existing(folder, StarterDesign.FILES);
		if (!existing.isEmpty()) {
			return usage(shown(existing) + (existing.size() == 1 ? " exists" : " exist")
					+ "; ddc new never overwrites files: choose another folder with -o");
		}
		Optional<String> otherDesign = designFilesIn(folder);
		if (otherDesign.isPresent()) {
			return usage(otherDesign.get());
		}
		Map<String, String> files = DdcStandaloneSetup.injector().getInstance(StarterDesign.class)
				.files(name, StarterDesign.Settings.DEFAULTS);
		try {
			StarterFolder.write(folder, files);
		} catch (FileAlreadyExistsException e) {
			return usage(TerminalText.escape(e.getFile()) + " appeared while the design was written; nothing was "
					+ "overwritten");
		} catch (IOException e) {
			return usage("cannot write " + shownFolder + " (" + TerminalText.escape(IoProblems.reason(e)) + ")");
		}
		spec.commandLine().getOut().println("created design " + TerminalText.escape(name.strip()) + " in "
				+ shownFolder + ": " + String.join(", ", files.keySet()));
		spec.commandLine().getOut().println("next: ddc validate " + shownFolder + ", then replace the examples with "
				+ "your own, starting with " + StarterDesign.MAIN_FILE + " and 1-workloads.ddc");
		return ExitCode.OK;
	}

	/** A reason to refuse a folder whose .ddc files would join the new design, or empty. */
	private static Optional<String> designFilesIn(Path folder) {
		if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
			return Optional.empty();
		}
		try {
			DesignScope scope = DesignScope.of(folder);
			List<Path> files = scope.files().stream().map(f -> folder.resolve(scope.root().relativize(f))).toList();
			return files.isEmpty() ? Optional.empty()
					: Optional.of(TerminalText.escape(folder.toString()) + " holds .ddc files already ("
							+ shown(files) + "), which would become part of the new design: choose an empty or "
							+ "new folder with -o");
		} catch (DesignInputException e) {
			return Optional.of(TerminalText.escape(e.getMessage()));
		}
	}

	private static String shown(List<Path> files) {
		String shown = files.stream().limit(3).map(f -> TerminalText.escape(f.toString()))
				.collect(Collectors.joining(", "));
		return files.size() > 3 ? shown + " and " + (files.size() - 3) + " more" : shown;
	}

	private int usage(String message) {
		spec.commandLine().getErr().println("ddc new: " + message);
		return ExitCode.USAGE;
	}
}
