package org.ddc.cli;

/** The exit codes of every ddc command. Only {@link Main} calls System.exit. */
public final class ExitCode {
	/** The command ran and found no error. */
	public static final int OK = 0;
	/** The design has at least one error (syntax errors included). */
	public static final int FINDINGS = 1;
	/** Bad command line, or a file or folder that cannot be read or written. */
	public static final int USAGE = 2;
	/** A defect in ddc itself; the message asks for a bug report. */
	public static final int INTERNAL = 3;

	private ExitCode() {
	}
}
