package org.ddc.cli.language;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ddc.rules.CatalogAccess;
import org.ddc.rules.Places;

/**
 * What each element and attribute of the language records in the guide, from the cited data in
 * {@code catalog/language.tsv} of org.ddc.rules: the Appendix A table row it fills (label verbatim) or the guide line
 * that asks for it, named with its place ({@link Places}).
 */
final class GuideRows {
	/** One line of the mapping: the element's keyword, the attribute's keyword ("" for the element itself). */
	record Row(String element, String attribute, String table, String label, int line) {

		/** "Table A-1, row “Memory” (L556)", "Table A-3 (L672)" or "Step 1, Task 2 (L115)". */
		String describe() {
			if (!table.isEmpty()) {
				return "Table " + table + (label.isEmpty() ? "" : ", row \u201c" + label + "\u201d") + " (L" + line + ")";
			}
			String place = Places.load().name("000", line);
			String document = Places.load().document("000").name() + ", ";
			return (place.startsWith(document) ? place.substring(document.length()) : place) + " (L" + line + ")";
		}
	}

	private final Map<String, List<Row>> rows = new LinkedHashMap<>();
	private final Set<String> used = new LinkedHashSet<>();

	GuideRows() {
		for (String[] row : CatalogAccess.read("language.tsv")) {
			Row entry = new Row(row[0], row[1], row[2], row[3], Integer.parseInt(row[4].trim()));
			rows.computeIfAbsent(key(entry.element(), entry.attribute()), k -> new ArrayList<>()).add(entry);
		}
	}

	/** "Table A-1, row “Memory” (L556)", several joined with "; ", or "—"; remembers the key as used. */
	String describe(String element, String attribute) {
		List<Row> found = rows.get(key(element, attribute));
		if (found == null) {
			return "—";
		}
		used.add(key(element, attribute));
		return String.join("; ", found.stream().map(Row::describe).toList());
	}

	/** Keys of the mapping that no element or attribute of the grammar asked for ("element attribute"). */
	List<String> unused() {
		return rows.keySet().stream().filter(key -> !used.contains(key)).toList();
	}

	private static String key(String element, String attribute) {
		return element + " " + attribute;
	}
}
