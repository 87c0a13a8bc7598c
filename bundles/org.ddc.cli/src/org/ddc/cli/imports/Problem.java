package org.ddc.cli.imports;

/** Something wrong with a cell of the table: printed as "position: message". */
record Problem(String position, String message) {
	Problem(SheetCell cell, String message) {
		this(cell.position(), message);
	}
}
