package org.ddc.cli.analyze;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.ddc.analysis.DesignAnalysis;
import org.ddc.analysis.failure.Component;
import org.ddc.cli.ExitCode;
import org.ddc.cli.TerminalText;
import org.ddc.cli.validate.CheckedDesigns;
import org.ddc.cli.validate.Summary;
import org.ddc.dsl.DdcStandaloneSetup;
import org.ddc.dsl.load.DesignInputException;
import org.ddc.dsl.validation.Finding;
import org.ddc.dsl.validation.RuleRunner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ddc analyze PATH...}: what the design computes to — per host design and cluster the hosts declared and
 * needed, what binds, the headroom after N+k, where every VM runs and whether each cluster survives its host
 * failures.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
		description = { "Compute a design: per host design and cluster the hosts declared and needed (peak buffer, "
				+ "growth and N+k applied), the binding resource, headroom after N+k, VMs per host, where every VM runs "
				+ "and the N+k survival verdict; the single points of failure; with --fail, what those components "
				+ "failing together take down.",
				"Paths as for 'validate'. --format json lists every VM with its host and demand and every host with its "
						+ "capacity, so the placement can be re-checked independently." },
		footer = { "", "Exit codes: 0 no error, 1 the design has errors (as 'validate'), 2 usage or I/O problem." })
public class AnalyzeCommand implements Callable<Integer> {

	/** Output formats. */
	public enum Format {
		text, json
	}

	@Spec
	private CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = ".ddc files or folders that make up one design")
	private List<Path> paths;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
			description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
	private Format format;

	@Mixin
	private FailedComponents fail;

	@Override
	public Integer call() {
		RuleRunner runner = DdcStandaloneSetup.injector().getInstance(RuleRunner.class);
		List<DesignAnalysis> analyses = new ArrayList<>();
		List<Finding> findings;
		int files;
		try {
			CheckedDesigns checked = CheckedDesigns.of(paths);
			files = checked.files().size();
			findings = checked.findings();
			// the analysis the rules computed while validating, not computed again
			checked.designs().forEach(design -> analyses.add(runner.analysis(design.resourceSet())));
		} catch (DesignInputException e) {
			spec.commandLine().getErr().println("ddc analyze: " + TerminalText.escape(e.getMessage()));
			return ExitCode.USAGE;
		}
		List<List<Component>> failing = new ArrayList<>();
		for (DesignAnalysis analysis : analyses) {
			var components = fail.resolve(analysis, "analyze", spec.commandLine().getErr());
			if (components.isEmpty()) {
				return ExitCode.USAGE;
			}
			failing.add(components.get());
		}
		Summary summary = Summary.of(files, findings);
		switch (format) {
			case text -> AnalysisText.write(analyses, failing, summary, spec.commandLine().getOut());
			case json -> AnalysisJson.write(analyses, failing, summary, spec.commandLine().getOut());
		}
		spec.commandLine().getOut().flush();
		return summary.hasErrors() ? ExitCode.FINDINGS : ExitCode.OK;
	}
}
