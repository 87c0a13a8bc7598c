package org.ddc.dsl.fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ddc.model.units.Dimension;
import org.ddc.model.units.Unit;
import org.ddc.rules.Fix;

/**
 * The repairs of a quantity literal with a missing, unknown or wrong unit: the same number with each unit of the
 * expected dimension, the likeliest first — the unit spelt the same but for case ({@code gb} → GB), then one
 * with the same initial ({@code 4 GHz} → GB), then the unit of the dimension's usual example.
 */
public final class UnitFixes {
	private static final Pattern LITERAL = Pattern.compile("(-?[0-9]+(?:\\.[0-9]+)?)\\s*(\\S*)");

	private UnitFixes() {
	}

	/** "replace" fixes for the literal, or none when its number cannot be read. */
	public static List<Fix> of(String literal, Dimension expected) {
		Matcher matcher = LITERAL.matcher(literal == null ? "" : literal.trim());
		if (!matcher.matches()) {
			return List.of();
		}
		String number = matcher.group(1);
		String written = matcher.group(2);
		Unit usual = Unit.lookup(expected.example().substring(expected.example().indexOf(' ') + 1));
		List<Unit> units = new ArrayList<>(Unit.of(expected));
		units.sort(Comparator.comparingInt(unit -> rank(unit, written, usual)));
		return units.stream()
				.map(unit -> Fix.replace(number + " " + unit.symbol(),
						(written.isEmpty() ? "Add the unit " : "Write ") + unit.symbol()))
				.toList();
	}

	private static int rank(Unit unit, String written, Unit usual) {
		if (unit.symbol().equalsIgnoreCase(written)) {
			return 0;
		}
		if (!written.isEmpty() && Character.toUpperCase(written.charAt(0)) == Character.toUpperCase(unit.symbol().charAt(0))) {
			return 1;
		}
		return unit == usual ? 2 : 3;
	}
}
