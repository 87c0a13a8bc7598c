package org.ddc.cli.imports;

import org.ddc.report.write.FormulaText;

/** The text of a cell as the import reads it. */
final class CellText {
	private CellText() {
	}

	/**
	 * A cell that is marked empty: a dash alone, or with the superscript number of a note that says why (ddc's
	 * report writes "—¹" in a workbook, with "—¹ not stated in the design" under the table).
	 */
	private static final java.util.regex.Pattern EMPTY_MARK = java.util.regex.Pattern
			.compile("[\u2014\u2013-][\u00B9\u00B2\u00B3\u2070-\u2079]*");

	/**
	 * Trimmed (no-break spaces count as spaces), empty for a cell marked empty with a dash, and without the apostrophe
	 * that spreadsheets and ddc's report put before text that would otherwise run as a formula ("'=HYPERLINK(…)" is
	 * the text "=HYPERLINK(…)").
	 */
	static String clean(String raw) {
		String text = raw == null ? "" : raw.replace('\u00A0', ' ').strip();
		if (EMPTY_MARK.matcher(text).matches()) {
			return "";
		}
		if (text.length() > 1 && text.charAt(0) == '\'' && FormulaText.formulaLike(text.substring(1))) {
			return text.substring(1);
		}
		return text;
	}
}
