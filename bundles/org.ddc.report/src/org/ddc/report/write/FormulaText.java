package org.ddc.report.write;

/**
 * Text a spreadsheet would run as a formula (CSV/formula injection, OWASP): it begins — after any spaces — with
 * {@code = + - @}, a tab or a carriage return. The writers put an apostrophe before such text (CSV) or store it as a
 * text cell (XLSX); the import reads "'=…" back as the text "=…". One definition for both.
 */
public final class FormulaText {
	private static final String FORMULA_STARTS = "=+-@\t\r";

	private FormulaText() {
	}

	/** True when a spreadsheet would read the text as a formula. */
	public static boolean formulaLike(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (FORMULA_STARTS.indexOf(c) >= 0) {
				return true;
			}
			if (c != ' ') {
				return false;
			}
		}
		return false;
	}
}
