package org.ddc.cli.imports;

/** Whether a cell's text can be a name in a .ddc file (written as an identifier, or quoted when it is none). */
final class Names {
	private Names() {
	}

	/** Why the text cannot be a name ("contains '.', …"), or null when it can. */
	static String problem(String text) {
		if (text.isBlank()) {
			return "is empty";
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			int type = Character.getType(c);
			if (Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
					|| type == Character.PARAGRAPH_SEPARATOR) {
				return String.format("'%s' contains the control character U+%04X: use letters, digits, spaces and '-'",
						text.replaceAll("\\p{Cntrl}|\\p{Cf}|\\p{Zl}|\\p{Zp}", "?"), (int) c);
			}
			if (c == '.') {
				return "'" + text + "' contains '.', which separates qualified names in ddc: use '-' instead";
			}
		}
		return null;
	}
}
