package org.ddc.cli.validate;

/** How {@code ddc validate} prints its findings. */
public enum OutputFormat {
	text, json, sarif
}
