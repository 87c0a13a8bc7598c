package org.ddc.cli.rules;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.ddc.cli.ExitCode;
import org.ddc.cli.rules.RuleDescriptions.Description;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ddc rules}: the rules ddc checks with ID, severity, title and citation; with {@code --all} also the rules the
 * report implements (where) and those not implemented (why); or the full documentation.
 */
@Command(name = "rules", mixinStandardHelpOptions = true,
		description = { "List the rules ddc checks: ID, severity, title and citation.",
				"'--format markdown' prints the full rule documentation (docs/rules.md)." })
public class RulesCommand implements Callable<Integer> {

	/** Output formats of the rule list. */
	public enum Format {
		text, markdown
	}

	@Spec
	private CommandSpec spec;

	@Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
			description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
	private Format format;

	@Option(names = "--all", description = "also list the catalogued rules the report implements, with where, and those "
			+ "that are not implemented, with the reason")
	private boolean all;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		if (format == Format.markdown) {
			out.print(RuleDocumentation.markdown());
			out.flush();
			return ExitCode.OK;
		}
		int shown = 0;
		for (Description d : RuleDescriptions.all()) {
			if ((!d.implemented() || d.byReport()) && !all) {
				continue;
			}
			out.printf("%-20s %-8s %s%s%n", d.id(), d.severity().label(), d.title(),
					d.citation() != null ? " [" + d.citation() + "]" : "");
			if (d.byReport()) {
				out.printf("%-20s %-8s   implemented by the report: %s%n", "", "", d.reportPlace());
			} else if (!d.implemented()) {
				out.printf("%-20s %-8s   not implemented: %s%n", "", "", d.notImplementedReason());
			}
			shown++;
		}
		out.println(shown + " rules and checks");
		out.flush();
		return ExitCode.OK;
	}
}
