package org.ddc.rules;

/**
 * Where a rule comes from: a seed document, a line in it, and the words it says there.
 *
 * @param seed the seed file number, e.g. "000" for the planning guide
 * @param line the 1-based line number in that seed
 * @param quote the source's words (under 25 words)
 */
public record Citation(String seed, int line, String quote) {

	/** "seed 000 L477". */
	public String reference() {
		return "seed " + seed + " L" + line;
	}
}
