package org.ddc.dsl.linking;

/**
 * Levenshtein distance computed only inside a diagonal band of width {@code 2 × max + 1}, giving up as soon as the
 * distance must exceed {@code max}: O(max × length) time instead of O(length²), whatever the strings.
 */
final class BoundedEditDistance {

	private BoundedEditDistance() {
	}

	/** The edit distance of {@code a} and {@code b} if it is at most {@code max}, otherwise {@code max + 1}. */
	static int of(CharSequence a, CharSequence b, int max) {
		int n = a.length();
		int m = b.length();
		if (Math.abs(n - m) > max) {
			return max + 1;
		}
		int tooFar = max + 1;
		int[] previous = new int[m + 1];
		int[] current = new int[m + 1];
		for (int j = 0; j <= m; j++) {
			previous[j] = j <= max ? j : tooFar;
		}
		for (int i = 1; i <= n; i++) {
			int from = Math.max(1, i - max);
			int to = Math.min(m, i + max);
			current[0] = i <= max ? i : tooFar;
			if (from > 1) {
				current[from - 1] = tooFar;
			}
			int rowMinimum = current[0];
			for (int j = from; j <= to; j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				int value = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
				current[j] = Math.min(value, tooFar);
				rowMinimum = Math.min(rowMinimum, current[j]);
			}
			if (to < m) {
				current[to + 1] = tooFar;
			}
			if (rowMinimum > max) {
				return tooFar;
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return Math.min(previous[m], tooFar);
	}
}
