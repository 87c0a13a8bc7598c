package org.ddc.cli.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.ddc.cli.ExitCode;
import org.ddc.cli.TerminalText;
import org.ddc.cli.generate.TargetFile;
import org.ddc.dsl.DdcStandaloneSetup;
import org.ddc.dsl.load.IoProblems;
import org.ddc.model.Element;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ddc import FILE.csv|FILE.xlsx -o workloads.ddc}: Table A-1 into workload declarations. */
@Command(name = "import", mixinStandardHelpOptions = true,
		description = { "Read Table A-1 (Resource Requirements) from a CSV file or an XLSX workbook and write its "
				+ "workloads as .ddc declarations.",
				"Either the guide's layout (row labels down the first column, one column per workload; a Total "
						+ "column is ignored) or one workload per row under a header row of the same labels. Units "
						+ "such as GB, terabytes, mbps, Gbps and %% are normalised; a bare number is IOps or takes the "
						+ "unit of its label ('Memory (GB)'). With a 'VM instances' count the figures are the "
						+ "workload's total, shared by its VMs (as ddc's report writes them).",
				"Nothing is written when a cell is wrong: every such cell is listed as FILE:row:column (CSV) or "
						+ "FILE!Sheet!B7 (XLSX)." },
		footer = { "", "Exit codes: 0 written, 1 the table has errors, 2 usage or I/O problem, 3 internal error." })
public class ImportCommand implements Callable<Integer> {
	/** More problems than this are counted, not listed. */
	static final int MAX_PROBLEMS = 100;

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "FILE", description = "the table: a .csv file or an .xlsx workbook")
	private Path input;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "FILE", description = "the .ddc file to write")
	private Path output;

	@Option(names = "--sheet", paramLabel = "NAME",
			description = "the workbook's sheet holding Table A-1 (default: a sheet named like A-1, else the first "
					+ "that holds its labels)")
	private String sheetName;

	@Option(names = "--force", description = "overwrite the output file if it exists")
	private boolean force;

	@Override
	public Integer call() {
		String shownInput = TerminalText.escape(input.toString());
		String shownOutput = TerminalText.escape(output.toString());
		if (Files.isDirectory(output)) {
			return usage(shownOutput + " is a folder; name the .ddc file to write");
		}
		if (Files.exists(output, LinkOption.NOFOLLOW_LINKS) && !force) {
			return usage(shownOutput + " exists; use --force to overwrite it");
		}
		if (!Files.exists(input)) {
			return usage("cannot read " + shownInput + " (no such file)");
		}
		if (!Files.isRegularFile(input)) {
			return usage("cannot read " + shownInput + " (not a regular file)");
		}
		String lower = input.getFileName() == null ? "" : input.getFileName().toString().toLowerCase(Locale.ROOT);
		if (!lower.endsWith(".csv") && !lower.endsWith(".xlsx")) {
			return usage(shownInput + ": name a .csv file or an .xlsx workbook");
		}
		A1Table table;
		try {
			table = lower.endsWith(".csv") ? A1Table.of(CsvSheet.read(input, shownInput))
					: A1Table.of(XlsxSheet.read(input, shownInput, sheetName));
		} catch (NoSuchFileException e) {
			return usage("cannot read " + shownInput + " (no such file)");
		} catch (IOException e) {
			return usage("cannot read " + shownInput + " (" + TerminalText.escape(IoProblems.reason(e)) + ")");
		} catch (TableException e) {
			return usage(TerminalText.escape(e.getMessage()));
		}
		WorkloadBuilder built = new WorkloadBuilder(table);
		if (!built.problems.isEmpty()) {
			return problems(built.problems, shownOutput);
		}
		if (built.workloads.isEmpty()) {
			return usage(shownInput + ": Table A-1 has no workload column or row with values");
		}
		List<Element> referenced = new ArrayList<>();
		referenced.addAll(built.subnets.values());
		referenced.addAll(built.groups.values());
		referenced.addAll(built.isolationDomains.values());
		String text = DdcStandaloneSetup.injector().getInstance(WorkloadText.class).of(built.workloads, referenced);
		try {
			TargetFile.write(output, text);
		} catch (IOException e) {
			return usage("cannot write " + shownOutput + " (" + TerminalText.escape(IoProblems.reason(e)) + ")");
		}
		report(built, table, shownInput, shownOutput);
		return ExitCode.OK;
	}

	private void report(WorkloadBuilder built, A1Table table, String shownInput, String shownOutput) {
		var out = spec.commandLine().getOut();
		out.println("wrote " + shownOutput + ": " + built.workloads.size() + " workload"
				+ (built.workloads.size() == 1 ? "" : "s") + " from Table A-1 of " + shownInput + " ("
				+ (table.guideLayout ? "the guide's layout, one column per workload" : "one workload per row") + ")");
		List<String> named = new ArrayList<>();
		if (!built.subnets.isEmpty()) {
			named.add("subnets " + WorkloadBuilder.names(built.subnets));
		}
		if (!built.groups.isEmpty()) {
			named.add("workload groups " + WorkloadBuilder.names(built.groups));
		}
		if (!built.isolationDomains.isEmpty()) {
			named.add("isolation domains " + WorkloadBuilder.names(built.isolationDomains));
		}
		if (!named.isEmpty()) {
			out.println("the workloads refer to " + TerminalText.escape(String.join("; ", named))
					+ ": declare them in the design");
		}
		for (SheetCell ignored : table.ignored) {
			out.println(TerminalText.escape(ignored.position() + ": '" + ignored.text()
					+ "' is not a Table A-1 label: not imported"));
		}
	}

	private int problems(List<Problem> problems, String shownOutput) {
		var err = spec.commandLine().getErr();
		problems.stream().limit(MAX_PROBLEMS)
				.forEach(p -> err.println(TerminalText.escape(p.position() + ": " + p.message())));
		if (problems.size() > MAX_PROBLEMS) {
			err.println("… and " + (problems.size() - MAX_PROBLEMS) + " more");
		}
		err.println(problems.size() + (problems.size() == 1 ? " error" : " errors") + " in Table A-1; "
				+ shownOutput + " was not written");
		return ExitCode.FINDINGS;
	}

	private int usage(String message) {
		spec.commandLine().getErr().println("ddc import: " + message);
		return ExitCode.USAGE;
	}
}
