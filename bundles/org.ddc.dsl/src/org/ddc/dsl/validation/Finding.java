package org.ddc.dsl.validation;

import java.util.Comparator;

/**
 * One finding about a design: where (file, 1-based line and column), how serious, which check or rule (its ID)
 * and a message that says how to fix it.
 */
public record Finding(String file, int line, int column, Severity severity, String code, String message) {

	/** File, then position, then code: the order in which findings are printed. */
	public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
			.thenComparingInt(Finding::line)
			.thenComparingInt(Finding::column)
			.thenComparing(Finding::code)
			.thenComparing(Finding::message);

	/** {@code path:line:column: severity: [ID] message}. */
	public String format() {
		return file + ":" + line + ":" + column + ": " + severity.label() + ": [" + code + "] " + message;
	}
}
