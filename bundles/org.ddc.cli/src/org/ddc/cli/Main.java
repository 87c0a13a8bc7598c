package org.ddc.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** {@code ddc} entry point for a plain Java classpath (no OSGi runtime). */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) {
		PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
		PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
		int code = DdcCommand.execute(args, out, err);
		out.flush();
		err.flush();
		System.exit(code);
	}
}
