package org.ddc.cli.imports;

/** A table that cannot be read at all (not CSV, not a workbook, no Table A-1 in it); the message says why. */
final class TableException extends Exception {
	private static final long serialVersionUID = 1L;

	TableException(String message) {
		super(message);
	}
}
