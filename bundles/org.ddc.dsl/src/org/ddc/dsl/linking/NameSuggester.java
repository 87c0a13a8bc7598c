package org.ddc.dsl.linking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The "did you mean" search over the names of one scope, bounded so that an editor that re-links on every keystroke
 * stays fast on any input: names are bucketed by length and only names whose length differs by at most
 * {@link #MAX_DISTANCE} are compared, with a banded edit distance that gives up beyond {@link #MAX_DISTANCE}; names
 * longer than {@link #MAX_NAME_LENGTH} are neither suggested nor looked up; answers are remembered per unknown name;
 * and one suggester compares at most {@link #MAX_COMPARISONS} candidates in all (a file with thousands of unknown
 * references gets suggestions for the first ones only).
 */
public final class NameSuggester {
	public static final int MAX_DISTANCE = 2;
	public static final int MAX_NAME_LENGTH = 64;
	public static final int MAX_COMPARISONS = 200_000;

	private record Candidate(String name, String folded) {
	}

	private final Map<Integer, List<Candidate>> byLength = new HashMap<>();
	private final Map<String, Optional<String>> answers = new HashMap<>();
	private long comparisons;

	public NameSuggester(Iterable<String> names) {
		for (String name : names) {
			if (name.length() <= MAX_NAME_LENGTH) {
				byLength.computeIfAbsent(name.length(), length -> new ArrayList<>()).add(new Candidate(name, fold(name)));
			}
		}
	}

	/** The closest name within {@link #MAX_DISTANCE} edits (ignoring case; ties by name), or null. */
	public synchronized String closest(String unknown) {
		if (unknown.length() > MAX_NAME_LENGTH) {
			return null;
		}
		return answers.computeIfAbsent(unknown, this::search).orElse(null);
	}

	/** How many candidates have been compared so far (the search's cost). */
	public synchronized long comparisons() {
		return comparisons;
	}

	private Optional<String> search(String unknown) {
		String folded = fold(unknown);
		String best = null;
		int bestDistance = MAX_DISTANCE + 1;
		for (int length = unknown.length() - MAX_DISTANCE; length <= unknown.length() + MAX_DISTANCE; length++) {
			for (Candidate candidate : byLength.getOrDefault(length, List.of())) {
				if (comparisons >= MAX_COMPARISONS) {
					return Optional.ofNullable(best);
				}
				comparisons++;
				int distance = BoundedEditDistance.of(folded, candidate.folded(), MAX_DISTANCE);
				if (distance < bestDistance
						|| distance == bestDistance && best != null && candidate.name().compareTo(best) < 0) {
					best = candidate.name();
					bestDistance = distance;
				}
			}
		}
		return Optional.ofNullable(best);
	}

	private static String fold(String name) {
		return name.toLowerCase(Locale.ROOT);
	}
}
