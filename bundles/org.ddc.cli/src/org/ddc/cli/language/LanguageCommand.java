package org.ddc.cli.language;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.ddc.cli.ExitCode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ddc language}: the language reference (docs/language.md), generated from the grammar and metamodel. */
@Command(name = "language", mixinStandardHelpOptions = true,
		description = { "Print the reference of the .ddc language (docs/language.md): every element and attribute with "
				+ "its value type, unit kind, allowed values, default and the guide's Table A-x row or step it fills." })
public class LanguageCommand implements Callable<Integer> {

	/** Output formats of the reference. */
	public enum Format {
		markdown
	}

	@Spec
	private CommandSpec spec;

	@Option(names = "--format", defaultValue = "markdown", paramLabel = "FORMAT",
			description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
	private Format format;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		out.print(LanguageReference.markdown());
		out.flush();
		return ExitCode.OK;
	}
}
