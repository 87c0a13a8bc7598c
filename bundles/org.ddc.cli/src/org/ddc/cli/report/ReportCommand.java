package org.ddc.cli.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.ddc.cli.ExitCode;
import org.ddc.cli.OutputFiles;
import org.ddc.cli.OutputOptions;
import org.ddc.cli.TerminalText;
import org.ddc.cli.validate.CheckedDesigns;
import org.ddc.cli.validate.Summary;
import org.ddc.dsl.DdcStandaloneSetup;
import org.ddc.dsl.load.DesignInputException;
import org.ddc.dsl.validation.RuleRunner;
import org.ddc.report.ReportBuilder;
import org.ddc.report.write.DesignReports;
import org.ddc.report.write.ReportFormat;
import org.ddc.report.write.ReportOutput;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code ddc report PATH... --out DIR}: the guide's job aids (Tables A-1 … A-7) and the analysis of a design as an
 * HTML page, Markdown, one CSV per table and an XLSX workbook, written into DIR all at once.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
		description = { "Write the report of a design: the guide's job aids (Tables A-1 … A-7) filled in from the "
				+ "design, with the sizing, placement, N+k survival, failure domains, findings and the guide's "
				+ "business-validation questions.",
				"Paths as for 'validate'. Formats: html (one self-contained page, printable), md (Markdown for "
						+ "wikis), csv (one file per table under csv/), xlsx (one sheet per table).",
				"The files are written all at once: on any failure DIR is left as it was. DIR keeps a marker file ("
						+ ReportOutput.MARKER + ") listing the report's files; a later report replaces them and "
						+ "never overwrites other files unless --force. Several designs get a sub-folder each." },
		footer = { "", "Exit codes: 0 written, the design has no error; 1 written, the design has errors (listed in "
				+ "the report); 2 usage or I/O problem (nothing written)." })
public class ReportCommand implements Callable<Integer> {
	@Spec
	private CommandSpec spec;

	@Mixin
	private OutputOptions output;

	@Option(names = "--format", paramLabel = "FORMAT", split = ",", converter = FormatConverter.class,
			description = "Formats, comma-separated: html, md, csv, xlsx (default: all)")
	private List<ReportFormat> formats = new ArrayList<>();

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		PrintWriter stdout = spec.commandLine().getOut();
		RuleRunner runner = DdcStandaloneSetup.injector().getInstance(RuleRunner.class);
		List<DesignReports.Design> designs = new ArrayList<>();
		Summary summary;
		try {
			CheckedDesigns checked = CheckedDesigns.of(output.paths());
			for (int i = 0; i < checked.designs().size(); i++) {
				var design = checked.designs().get(i);
				designs.add(new DesignReports.Design(design, checked.designFindings().get(i),
						runner.analysis(design.resourceSet())));
			}
			summary = Summary.of(checked.files().size(), checked.findings());
		} catch (DesignInputException e) {
			err.println("ddc report: " + TerminalText.escape(e.getMessage()));
			return ExitCode.USAGE;
		}
		Set<ReportFormat> chosen = formats.isEmpty() ? EnumSet.allOf(ReportFormat.class) : EnumSet.copyOf(formats);
		return OutputFiles.write("report", "report", output.out(), () -> new DesignReports(ReportBuilder::build)
				.write(designs, chosen, output.out(), output.force(), DesignReports.Progress.NONE), summary, stdout, err);
	}

	/** "html", "md", "csv", "xlsx" (any case; "markdown" too). */
	static final class FormatConverter implements ITypeConverter<ReportFormat> {
		@Override
		public ReportFormat convert(String value) {
			try {
				return ReportFormat.of(value);
			} catch (IllegalArgumentException e) {
				throw new TypeConversionException(e.getMessage());
			}
		}
	}
}
