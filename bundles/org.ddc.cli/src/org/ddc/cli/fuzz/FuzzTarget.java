package org.ddc.cli.fuzz;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;

import org.ddc.cli.validate.FindingsWriter;
import org.ddc.cli.validate.OutputFormat;
import org.ddc.dsl.DdcStandaloneSetup;
import org.ddc.dsl.load.DesignInputException;
import org.ddc.dsl.load.DesignLoader;
import org.ddc.dsl.load.LoadedDesign;
import org.ddc.dsl.load.SourceText;
import org.ddc.dsl.validation.DesignValidator;
import org.ddc.dsl.validation.Finding;

import com.google.inject.Injector;

/**
 * What the fuzzer exercises, in-process and the way {@code ddc validate} does: decode the bytes, parse, link,
 * validate (integrity checks, rules, limits) and format the findings as text. Anything thrown is a defect.
 */
public final class FuzzTarget {
	static final String FILE_NAME = "fuzz.ddc";

	/** The result of one input: findings printed (or an input error), or what was thrown; and the time taken. */
	public record Outcome(int findings, Throwable failure, long nanos) {
		public boolean failed() {
			return failure != null;
		}
	}

	private final Injector injector = DdcStandaloneSetup.injector();

	public Outcome run(byte[] input) {
		long start = System.nanoTime();
		try {
			return new Outcome(validate(input), null, System.nanoTime() - start);
		} catch (Throwable failure) { // NOPMD: any Throwable, StackOverflowError included, is what the fuzzer looks for
			return new Outcome(0, failure, System.nanoTime() - start);
		}
	}

	private int validate(byte[] input) {
		String text;
		try {
			text = SourceText.decode(input, FILE_NAME);
		} catch (DesignInputException e) {
			return 0; // reported to the user as an input error: a handled outcome
		}
		LoadedDesign design = injector.getInstance(DesignLoader.class).loadText(Map.of(FILE_NAME, text));
		List<Finding> findings = injector.getInstance(DesignValidator.class).validate(design);
		FindingsWriter.write(OutputFormat.text, List.of(FILE_NAME), findings, null, new PrintWriter(Writer.nullWriter()));
		return findings.size();
	}
}
