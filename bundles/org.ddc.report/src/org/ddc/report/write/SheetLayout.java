package org.ddc.report.write;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.ddc.report.model.Cell;
import org.ddc.report.model.Row;
import org.ddc.report.model.Table;

/**
 * How a table becomes a grid of values for spreadsheets (CSV and XLSX): numbers as numbers with their unit in the
 * column header ("Memory (GB)", from {@link Table#units()}) or the row label (from {@link Row#unit()}), text made
 * inert where a spreadsheet would read it as a formula.
 */
final class SheetLayout {
	/** Characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection). */

	private final Table table;

	SheetLayout(Table table) {
		this.table = table;
	}

	/** The header cells with their column's unit: "Memory (GB)". */
	List<String> header() {
		return java.util.stream.IntStream.range(0, table.columns().size())
				.mapToObj(i -> withUnit(table.columns().get(i), table.units().get(i))).toList();
	}

	/** The row's label with its unit: "Memory (GB)". */
	static String label(Row row) {
		return withUnit(row.label(), row.unit());
	}

	private static String withUnit(String text, String unit) {
		return unit == null || unit.isBlank() ? text : text + " (" + unit + ")";
	}

	/**
	 * The number can stand without its unit: it is a finite count, or its unit is the one its row label or column
	 * header names.
	 */
	boolean unitShown(Row row, int column, Cell.Number number) {
		if (!Double.isFinite(number.value())) {
			return false;
		}
		return number.unit() == null || number.unit().isBlank() || Objects.equals(number.unit(), row.unit())
				|| Objects.equals(number.unit(), table.units().get(column));
	}

	/**
	 * Text a spreadsheet would take for a formula — beginning with '=', '+', '-', '@', a tab or a carriage return,
	 * also after leading spaces — so that it must be marked as text.
	 */
	static boolean formulaLike(String text) {
		return FormulaText.formulaLike(text);
	}

	/** A number as spreadsheets read it: plain digits, '.' as decimal point, no exponent ("-5", "12.5"). */
	static String plainNumber(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}
}
