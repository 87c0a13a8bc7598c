package org.ddc.dsl.validation;

import java.util.Comparator;

import org.ddc.rules.Fix;
import org.ddc.rules.Severity;

/**
 * One finding about a design: where (file, 1-based line and column), how serious, which check or rule (its ID),
 * a message that says how to fix it, an optional machine-readable fix, and — when an inline comment suppresses
 * it — the stated reason. Editors and markers also use the character range ({@code offset}, {@code length}; -1
 * when the finding has no range, e.g. a line of a settings file).
 */
public record Finding(String file, int line, int column, Severity severity, String code, String message, Fix fix,
		String suppression, int offset, int length) {

	public Finding(String file, int line, int column, Severity severity, String code, String message) {
		this(file, line, column, severity, code, message, null, null);
	}

	public Finding(String file, int line, int column, Severity severity, String code, String message, Fix fix,
			String suppression) {
		this(file, line, column, severity, code, message, fix, suppression, -1, -1);
	}

	/** File, then position, then code: the order in which findings are printed. */
	public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
			.thenComparingInt(Finding::line)
			.thenComparingInt(Finding::column)
			.thenComparing(Finding::code)
			.thenComparing(Finding::message);

	public boolean suppressed() {
		return suppression != null;
	}

	/** {@code path:line:column: severity: [ID] message}. */
	public String format() {
		return file + ":" + line + ":" + column + ": " + severity.label() + ": [" + code + "] " + message;
	}
}
