package org.ddc.cli.validate;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.ddc.cli.DocsRoot;
import org.ddc.cli.ExitCode;
import org.ddc.cli.TerminalText;
import org.ddc.dsl.load.DesignInputException;
import org.ddc.dsl.validation.Finding;
import org.ddc.rules.Severity;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ddc validate PATH...}: checks the .ddc files of one design and prints one line per finding. */
@Command(name = "validate", mixinStandardHelpOptions = true,
		description = { "Check the .ddc files of a design (files and folders; folders are searched recursively).",
				"A folder with a ddc.properties file is a design of its own; files under no such folder form one design.",
				"Prints one line per finding, 'path:line:column: severity: [ID] message', then a summary." },
		footer = { "", "Exit codes: 0 no finding at the --fail-on level or above, 1 the design has such findings "
				+ "(errors by default; syntax errors included), 2 usage or I/O problem." })
public class ValidateCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = ".ddc files or folders that make up one design")
	private List<Path> paths;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
			description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
	private OutputFormat format;

	/** The least serious finding that fails the command; suppressed findings never do. */
	public enum FailLevel {
		error(Severity.ERROR), warning(Severity.WARNING), info(Severity.INFO);

		final Severity severity;

		FailLevel(Severity severity) {
			this.severity = severity;
		}
	}

	@Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
			description = "Exit 1 when a finding at this level or above is reported: ${COMPLETION-CANDIDATES} "
					+ "(default: ${DEFAULT-VALUE}); suppressed findings never count")
	private FailLevel failOn;

	@Option(names = "--docs-uri", paramLabel = "URI",
			description = "SARIF only: absolute URI under which readers find ddc's README.md and docs/ (the rules' "
					+ "helpUri links); default: this ddc installation as a file: URI")
	private URI docsUri;

	@Override
	public Integer call() {
		URI docsRoot;
		try {
			docsRoot = DocsRoot.of(docsUri);
		} catch (IllegalArgumentException e) {
			spec.commandLine().getErr().println("ddc validate: --docs-uri: " + TerminalText.escape(e.getMessage()));
			return ExitCode.USAGE;
		}
		List<String> files = new ArrayList<>();
		List<Finding> findings = new ArrayList<>();
		try {
			CheckedDesigns checked = CheckedDesigns.of(paths);
			findings.addAll(checked.findings());
			checked.files().forEach(file -> files.add(file.toString()));
		} catch (DesignInputException e) {
			spec.commandLine().getErr().println("ddc validate: " + TerminalText.escape(e.getMessage()));
			return ExitCode.USAGE;
		}
		findings.sort(Finding.ORDER);
		FindingsWriter.write(format, files, findings, docsRoot, spec.commandLine().getOut());
		return Summary.of(files.size(), findings).reaches(failOn.severity) ? ExitCode.FINDINGS : ExitCode.OK;
	}
}
