package org.ddc.report.model;

import java.util.List;

/**
 * One cell of a table. Every cell has the text a reader sees; numbers also keep their value and unit so that
 * spreadsheets get numbers, not text.
 */
public sealed interface Cell {
	/** What a reader sees (formatted number with its unit, list joined, "" for an empty cell). */
	String text();

	static Cell text(String text) {
		return new Text(text == null ? "" : text);
	}

	static Cell number(double value, String unit, String text) {
		return new Number(value, unit, text);
	}

	static Cell items(List<String> items) {
		return new Items(items);
	}

	static Cell empty(String reason) {
		return new Empty(reason);
	}

	/** Text as the design or the guide says it. */
	record Text(String text) implements Cell {
	}

	/**
	 * A quantity: its value in {@code unit} (null for a count), and the text a reader sees ("1.5 TB").
	 */
	record Number(double value, String unit, String text) implements Cell {
	}

	/** A set or list of names (subnets, workloads served): shown joined with ", ". */
	record Items(List<String> items) implements Cell {
		public Items {
			items = List.copyOf(items);
		}

		@Override
		public String text() {
			return String.join(", ", items);
		}
	}

	/**
	 * Nothing to show, and why (shown in tooltips or notes): "not applicable", "not stated in the design".
	 */
	record Empty(String reason) implements Cell {
		@Override
		public String text() {
			return "";
		}
	}
}
