package org.ddc.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** {@code ddc} entry point for a plain Java classpath (no OSGi runtime). */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) {
		// Apache POI logs through the Log4j API; with no Log4j implementation on the classpath the API complains on
		// standard error at the first use. Its own simple logger (errors only) keeps the output clean.
		System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
		PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
		PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
		int code = DdcCommand.execute(args, out, err);
		out.flush();
		err.flush();
		System.exit(code);
	}
}
