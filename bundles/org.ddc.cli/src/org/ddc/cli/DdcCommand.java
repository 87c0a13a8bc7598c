package org.ddc.cli;

import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ddc.cli.analyze.AnalyzeCommand;
import org.ddc.cli.benchmark.BenchmarkCommand;
import org.ddc.cli.diagram.DiagramCommand;
import org.ddc.cli.fuzz.FuzzCommand;
import org.ddc.cli.generate.GenerateCommand;
import org.ddc.cli.imports.ImportCommand;
import org.ddc.cli.newdesign.NewCommand;
import org.ddc.cli.language.LanguageCommand;
import org.ddc.cli.report.ReportCommand;
import org.ddc.cli.rules.RulesCommand;
import org.ddc.cli.validate.ValidateCommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code ddc} command: datacenter design as code. */
@Command(name = "ddc", mixinStandardHelpOptions = true, versionProvider = DdcCommand.Version.class,
		description = "Datacenter design as code: check a virtualization datacenter design (.ddc files) "
				+ "against the planning guide and product limits.",
		footer = { "", "Exit codes: 0 no error, 1 the design has errors, 2 usage or I/O problem, 3 internal error." })
public class DdcCommand implements Runnable {

	/** The subcommands by name, in the order {@code ddc --help} lists them. */
	private static final Map<String, Class<?>> SUBCOMMANDS = subcommands(ValidateCommand.class, AnalyzeCommand.class,
			ReportCommand.class, DiagramCommand.class, RulesCommand.class, LanguageCommand.class, GenerateCommand.class,
			BenchmarkCommand.class, FuzzCommand.class, NewCommand.class, ImportCommand.class,
			CommandLine.HelpCommand.class);

	@Spec
	private CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}

	/**
	 * Runs a command line and returns its exit code; never throws, never exits. Output that cannot be written (a full
	 * disk, a closed pipe) is an I/O problem: PrintWriter swallows the error, so it is checked at the end.
	 */
	public static int execute(String[] args, PrintWriter out, PrintWriter err) {
		CommandLine commandLine = commandLine(args);
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.getCommandSpec().exitCodeOnInvalidInput(ExitCode.USAGE);
		commandLine.getCommandSpec().exitCodeOnExecutionException(ExitCode.INTERNAL);
		commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> internalError(exception, err));
		int code;
		try {
			code = commandLine.execute(args);
		} catch (VirtualMachineError error) {
			code = internalError(error, err);
		}
		if (out.checkError()) {
			err.println("ddc: cannot write the output (disk full, or the reader closed the pipe)");
			return ExitCode.USAGE;
		}
		return code;
	}

	/**
	 * The command line for these arguments. Picocli reads every subcommand's annotations when it is added, which is a
	 * good part of start-up: a run of one subcommand gets only that one (its help and errors do not mention the
	 * others); anything else (no subcommand, {@code help}, options, a misspelt name) gets all of them.
	 */
	static CommandLine commandLine(String[] args) {
		CommandLine commandLine = new CommandLine(new DdcCommand());
		Class<?> only = args.length > 0 ? SUBCOMMANDS.get(args[0]) : null;
		if (only != null && only != CommandLine.HelpCommand.class) {
			commandLine.addSubcommand(args[0], only);
		} else {
			SUBCOMMANDS.forEach(commandLine::addSubcommand);
		}
		return commandLine;
	}

	private static Map<String, Class<?>> subcommands(Class<?>... commands) {
		Map<String, Class<?>> byName = new LinkedHashMap<>();
		for (Class<?> command : commands) {
			byName.put(command.getAnnotation(Command.class).name(), command);
		}
		return Collections.unmodifiableMap(byName);
	}

	private static int internalError(Throwable exception, PrintWriter err) {
		boolean debug = System.getenv("DDC_DEBUG") != null;
		String what = exception instanceof OutOfMemoryError
				? "out of memory: the design is too large for the Java heap (see \"Limits\" in the README; "
						+ "DDC_JAVA_OPTS=-Xmx… raises the heap)"
				: "internal error: " + TerminalText.escape(String.valueOf(exception))
						+ " — please report it with the input that caused it";
		err.println("ddc: " + what + (debug ? "" : " (set DDC_DEBUG=1 for details)"));
		if (debug) {
			exception.printStackTrace(err);
		}
		return ExitCode.INTERNAL;
	}

	/** Version from the bundle manifest when packaged. */
	public static final class Version implements CommandLine.IVersionProvider {
		@Override
		public String[] getVersion() {
			String version = DdcCommand.class.getPackage().getImplementationVersion();
			return new String[] { "ddc " + (version != null ? version : "0.1.0-SNAPSHOT") };
		}
	}
}
