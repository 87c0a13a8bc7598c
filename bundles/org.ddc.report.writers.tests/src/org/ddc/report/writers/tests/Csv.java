package org.ddc.report.writers.tests;

import java.util.ArrayList;
import java.util.List;

/** An RFC 4180 reader for the tests (records end with CRLF; quoted fields may hold commas, quotes, CR and LF). */
final class Csv {
	private Csv() {
	}

	static List<List<String>> parse(String text) {
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '"' && field.isEmpty()) {
				i++;
				while (true) {
					if (i >= text.length()) {
						throw new AssertionError("unterminated quoted field");
					}
					char q = text.charAt(i++);
					if (q == '"') {
						if (i < text.length() && text.charAt(i) == '"') {
							field.append('"');
							i++;
						} else {
							break;
						}
					} else {
						field.append(q);
					}
				}
				if (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\r') {
					throw new AssertionError("text after a closing quote at " + i);
				}
			} else if (c == ',') {
				record.add(field.toString());
				field.setLength(0);
				i++;
			} else if (c == '\r') {
				if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
					throw new AssertionError("a bare CR outside quotes at " + i);
				}
				record.add(field.toString());
				field.setLength(0);
				records.add(record);
				record = new ArrayList<>();
				i += 2;
			} else if (c == '\n' || c == '"') {
				throw new AssertionError("a bare " + (c == '"' ? "quote" : "LF") + " outside quotes at " + i);
			} else {
				field.append(c);
				i++;
			}
		}
		if (!record.isEmpty() || !field.isEmpty()) {
			throw new AssertionError("the last record does not end with CRLF");
		}
		return records;
	}
}
