package org.ddc.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Messages stay short whatever the input: lists print at most {@link #SHOWN} items, then "and N more"; a name or a
 * message longer than a limit is cut with "…" and its length.
 */
public final class MessageLists {
	/** How many items a message lists before "and N more". */
	public static final int SHOWN = 3;
	/** The longest name printed in full inside a message. */
	public static final int NAME_LENGTH = 80;
	/** The longest message printed in full. */
	public static final int MESSAGE_LENGTH = 1000;

	private MessageLists() {
	}

	/** "a, b, c and 7 more" (or "a, b" when there are few). */
	public static String join(List<String> items) {
		return join(items, SHOWN);
	}

	/** Like {@link #join(List)}, showing up to {@code shown} items. */
	public static String join(List<String> items, int shown) {
		Builder builder = new Builder(shown);
		items.forEach(item -> builder.add(() -> item));
		return builder.toString();
	}

	/** The name itself, or its start, "…" and its length when it is longer than {@link #NAME_LENGTH}. */
	public static String name(String name) {
		return abbreviate(name, NAME_LENGTH);
	}

	/** The message itself, or its start, "…" and its length when it is longer than {@link #MESSAGE_LENGTH}. */
	public static String message(String message) {
		return abbreviate(message, MESSAGE_LENGTH);
	}

	private static String abbreviate(String text, int length) {
		return text.length() <= length ? text
				: text.substring(0, length) + "… (" + text.length() + " characters)";
	}

	public static Builder builder() {
		return new Builder(SHOWN);
	}

	/** Collects items one by one; the text of an item is computed only when it will be printed. */
	public static final class Builder {
		private final List<String> shown = new ArrayList<>();
		private final int limit;
		private int count;

		private Builder(int limit) {
			this.limit = limit;
		}

		public Builder add(Supplier<String> item) {
			if (shown.size() < limit) {
				shown.add(item.get());
			}
			count++;
			return this;
		}

		public int count() {
			return count;
		}

		@Override
		public String toString() {
			String list = String.join(", ", shown);
			return count > shown.size() ? list + " and " + (count - shown.size()) + " more" : list;
		}
	}
}
