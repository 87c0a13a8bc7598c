package org.ddc.cli.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One way of breaking a .ddc text; {@link MutationEngine} applies a few of them at random. */
enum Mutation {
	/** Flips one bit of a random byte (may produce invalid UTF-8). */
	BYTE_FLIP {
		@Override
		byte[] apply(byte[] input, Random random) {
			if (input.length == 0) {
				return input;
			}
			byte[] copy = input.clone();
			copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
			return copy;
		}
	},
	/** Removes a run of one to three tokens. */
	TOKEN_DELETE {
		@Override
		byte[] apply(byte[] input, Random random) {
			List<String> tokens = tokens(input);
			if (tokens.isEmpty()) {
				return input;
			}
			int at = random.nextInt(tokens.size());
			tokens.subList(at, Math.min(tokens.size(), at + 1 + random.nextInt(3))).clear();
			return join(tokens);
		}
	},
	/** Copies a random token (or a run of them) to another place. */
	TOKEN_DUPLICATE {
		@Override
		byte[] apply(byte[] input, Random random) {
			List<String> tokens = tokens(input);
			if (tokens.isEmpty()) {
				return input;
			}
			int from = random.nextInt(tokens.size());
			List<String> run = new ArrayList<>(tokens.subList(from, Math.min(tokens.size(), from + 1 + random.nextInt(8))));
			tokens.addAll(random.nextInt(tokens.size() + 1), run);
			return join(tokens);
		}
	},
	/** Cuts the text at a random byte. */
	TRUNCATE {
		@Override
		byte[] apply(byte[] input, Random random) {
			return input.length == 0 ? input : java.util.Arrays.copyOf(input, random.nextInt(input.length));
		}
	},
	/** Inserts thousands of nested braces, brackets or quotes. */
	DEEP_NESTING {
		@Override
		byte[] apply(byte[] input, Random random) {
			String open = pick(random, "{", "(", "[", "{ x ", "\"", "/*", "policy {");
			String close = pick(random, "}", ")", "]", "", "\"", "*/", "}");
			int depth = 1 + random.nextInt(20_000);
			return insert(input, random, open.repeat(depth) + close.repeat(random.nextInt(depth + 1)));
		}
	},
	/** Replaces a number with a huge, negative, long or malformed one. */
	EXTREME_NUMBER {
		@Override
		byte[] apply(byte[] input, Random random) {
			String text = new String(input, StandardCharsets.UTF_8);
			List<int[]> numbers = new ArrayList<>();
			Matcher matcher = NUMBER.matcher(text);
			while (matcher.find()) {
				numbers.add(new int[] { matcher.start(), matcher.end() });
			}
			String replacement = pick(random, "2147483648", "-2147483649", "9223372036854775808", "-1", "0", "-0",
					"1e309", "0.0000000000000000000000001", "9".repeat(1 + random.nextInt(5_000)), "1.5.5", "00000001",
					"NaN", "-" + "9".repeat(400));
			if (numbers.isEmpty()) {
				return insert(input, random, replacement);
			}
			int[] at = numbers.get(random.nextInt(numbers.size()));
			return (text.substring(0, at[0]) + replacement + text.substring(at[1])).getBytes(StandardCharsets.UTF_8);
		}
	},
	/** Inserts characters that break naive text handling: controls, bidi overrides, separators, emoji, BOMs. */
	ODD_UNICODE {
		@Override
		byte[] apply(byte[] input, Random random) {
			return insert(input, random, pick(random, "\u0000", "\u001b[31m", "\u0007", "\r", "\u0085", "\u2028",
					"\u2029", "\u202e", "\u2066", "\ufeff", "\u00a0", "\u200b", "\ud83d\ude00", "\u0301", "\ufffd",
					"\u0130", "\\u0041", "\t\t", "ﬀ", "\udbff\udfff"));
		}
	},
	/** Inserts a keyword, name or punctuation of the language at a random place. */
	TOKEN_INSERT {
		@Override
		byte[] apply(byte[] input, Random random) {
			return insert(input, random, " " + pick(random, "{", "}", ",", "\"", "workload", "design", "switch",
					"host-design", "placement", "at U", "feeds", "suppress", "// suppress IPD-1-01:", "rules {",
					"4 GB", "10 %", "N+1", "x", "-", ".", "'", "count", "ports") + " ");
		}
	};

	/** Whitespace, a quoted string, a word or number, or one character; possessive, so no backtracking stack. */
	private static final Pattern TOKEN = Pattern.compile("\\s++|\"[^\"\\n]*+\"?|[\\p{L}\\p{N}_.-]++|.", Pattern.DOTALL);
	private static final Pattern NUMBER = Pattern.compile("\\d++(?:\\.\\d++)?");

	abstract byte[] apply(byte[] input, Random random);

	static List<String> tokens(byte[] input) {
		List<String> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(new String(input, StandardCharsets.UTF_8));
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		return tokens;
	}

	private static byte[] join(List<String> tokens) {
		return String.join("", tokens).getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] insert(byte[] input, Random random, String text) {
		int at = input.length == 0 ? 0 : random.nextInt(input.length + 1);
		byte[] inserted = text.getBytes(StandardCharsets.UTF_8);
		byte[] result = new byte[input.length + inserted.length];
		System.arraycopy(input, 0, result, 0, at);
		System.arraycopy(inserted, 0, result, at, inserted.length);
		System.arraycopy(input, at, result, at + inserted.length, input.length - at);
		return result;
	}

	private static String pick(Random random, String... choices) {
		return choices[random.nextInt(choices.length)];
	}
}
