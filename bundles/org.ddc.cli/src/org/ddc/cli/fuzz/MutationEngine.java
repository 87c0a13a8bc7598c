package org.ddc.cli.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Produces fuzz inputs from seed designs: each input is one seed with one to four random {@link Mutation}s (byte
 * flips, token deletion, duplication and insertion, truncation, deep nesting, extreme numbers, odd unicode). The same
 * random seed gives the same inputs.
 */
public final class MutationEngine {
	private static final int MAX_MUTATIONS = 4;
	private static final Mutation[] MUTATIONS = Mutation.values();

	private final List<byte[]> seeds;
	private final Random random;

	public MutationEngine(List<byte[]> seeds, long randomSeed) {
		if (seeds.isEmpty()) {
			throw new IllegalArgumentException("no seed designs to mutate");
		}
		this.seeds = List.copyOf(seeds);
		this.random = new Random(randomSeed);
	}

	/** The next input. */
	public byte[] next() {
		byte[] input = seeds.get(random.nextInt(seeds.size()));
		for (int k = 1 + random.nextInt(MAX_MUTATIONS); k > 0; k--) {
			input = MUTATIONS[random.nextInt(MUTATIONS.length)].apply(input, random);
		}
		return input;
	}
}
