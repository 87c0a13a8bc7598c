package org.ddc.cli.diagram;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.ddc.analysis.DesignAnalysis;
import org.ddc.cli.ExitCode;
import org.ddc.cli.OutputFiles;
import org.ddc.cli.OutputOptions;
import org.ddc.cli.TerminalText;
import org.ddc.cli.analyze.FailedComponents;
import org.ddc.cli.validate.CheckedDesigns;
import org.ddc.cli.validate.Summary;
import org.ddc.diagram.DiagramInput;
import org.ddc.diagram.DiagramKind;
import org.ddc.diagram.Diagrams;
import org.ddc.dsl.DdcStandaloneSetup;
import org.ddc.dsl.load.DesignInputException;
import org.ddc.dsl.load.LoadedDesign;
import org.ddc.dsl.validation.RuleRunner;
import org.ddc.report.ReportBuilder;
import org.ddc.report.write.DesignDiagrams;
import org.ddc.report.write.ReportOutput;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code ddc diagram PATH... --out DIR}: the rack elevations, network topology and storage paths of a design as
 * standalone SVG files, with findings, single points of failure and (with {@code --fail}) a what-if marked.
 */
@Command(name = "diagram", mixinStandardHelpOptions = true,
		description = { "Draw a design: rack elevations (rack.svg), network topology (network.svg) and storage paths "
				+ "(storage.svg) as standalone SVG files. Elements with errors or warnings are outlined (rule IDs in "
				+ "their tooltip), single points of failure dashed; --fail draws what those components failing "
				+ "together take down.",
				"Paths as for 'validate'. The files are written all at once, with the rules of 'report': on any "
						+ "failure DIR is left as it was; files in DIR that ddc did not write (see the marker file "
						+ ReportOutput.MARKER + ") are never overwritten unless --force. Several designs get a "
						+ "sub-folder each." },
		footer = { "", "Exit codes: 0 written, the design has no error; 1 written, the design has errors; 2 usage or "
				+ "I/O problem (nothing written)." })
public class DiagramCommand implements Callable<Integer> {
	@Spec
	private CommandSpec spec;

	@Mixin
	private OutputOptions output;

	@Option(names = "--kind", paramLabel = "KIND", split = ",", converter = KindConverter.class,
			description = "Diagrams, comma-separated: rack, network, storage (default: all)")
	private List<DiagramKind> kinds = new ArrayList<>();

	@Mixin
	private FailedComponents fail;

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		PrintWriter stdout = spec.commandLine().getOut();
		RuleRunner runner = DdcStandaloneSetup.injector().getInstance(RuleRunner.class);
		List<DiagramInput> inputs = new ArrayList<>();
		Summary summary;
		try {
			CheckedDesigns checked = CheckedDesigns.of(output.paths());
			for (int i = 0; i < checked.designs().size(); i++) {
				LoadedDesign design = checked.designs().get(i);
				DesignAnalysis analysis = runner.analysis(design.resourceSet());
				var failed = fail.resolve(analysis, "diagram", err);
				if (failed.isEmpty()) {
					return ExitCode.USAGE;
				}
				inputs.add(DiagramInput.of(ReportBuilder.designName(design, analysis), design,
						checked.designFindings().get(i), analysis, failed.get()));
			}
			summary = Summary.of(checked.files().size(), checked.findings());
		} catch (DesignInputException e) {
			err.println("ddc diagram: " + TerminalText.escape(e.getMessage()));
			return ExitCode.USAGE;
		}
		Set<DiagramKind> chosen = kinds.isEmpty() ? EnumSet.copyOf(Diagrams.kinds()) : EnumSet.copyOf(kinds);
		return OutputFiles.write("diagram", "diagrams", output.out(),
				() -> DesignDiagrams.write(inputs, chosen, output.out(), output.force()), summary, stdout, err);
	}

	/** "rack", "network", "storage" (any case). */
	static final class KindConverter implements ITypeConverter<DiagramKind> {
		@Override
		public DiagramKind convert(String value) {
			DiagramKind kind = DiagramKind.byId(value);
			if (kind == null) {
				throw new TypeConversionException("'" + value + "' is not a diagram; choose rack, network or storage");
			}
			return kind;
		}
	}
}
