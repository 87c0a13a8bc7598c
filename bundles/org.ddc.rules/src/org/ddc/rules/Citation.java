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

	/** The place a reader finds the line: "Dynamic Datacenter guide, Step 5, Task 1" (see {@link Places}). */
	public String place() {
		return Places.load().name(seed, line);
	}

	/**
	 * "Dynamic Datacenter guide, Step 5, Task 1: Design Network Switches (seed 000 L477)": for documentation, rule
	 * lists, hovers and SARIF.
	 */
	public String describe() {
		return Places.load().titled(seed, line) + " (" + reference() + ")";
	}

	/** "Dynamic Datacenter guide, Step 5, Task 1, seed 000 L477": for a message, where it stands in parentheses. */
	public String inline() {
		return Places.cite(seed, line);
	}
}
