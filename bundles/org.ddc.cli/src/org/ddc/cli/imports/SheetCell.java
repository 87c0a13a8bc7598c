package org.ddc.cli.imports;

import java.math.BigDecimal;

/**
 * One non-empty cell of a table read from a CSV file or a workbook sheet.
 *
 * @param row      0-based row (CSV: record)
 * @param column   0-based column
 * @param text     the text a reader sees, trimmed; for a number, as the sheet shows it
 * @param number   the cell's value when the sheet stores a number (XLSX), else null: CSV has text only
 * @param percent  whether the number is formatted as a percentage (0.08 shown as 8 %)
 * @param position where the cell is, as the messages name it: "a1.csv:7:2" or "a1.xlsx!A-1!B7"
 */
record SheetCell(int row, int column, String text, BigDecimal number, boolean percent, String position) {
}
