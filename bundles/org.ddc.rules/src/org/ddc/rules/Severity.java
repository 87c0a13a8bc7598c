package org.ddc.rules;

import java.util.Locale;

/** How serious a finding is; errors make {@code ddc validate} fail. */
public enum Severity {
	ERROR, WARNING, INFO;

	/** "error", "warning" or "info", as printed. */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Reads "error", "warning" or "info" (any case). */
	public static Severity parse(String text) {
		return valueOf(text.trim().toUpperCase(Locale.ROOT));
	}
}
