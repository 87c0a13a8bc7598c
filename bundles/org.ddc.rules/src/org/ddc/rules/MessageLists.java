package org.ddc.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.ddc.model.Element;

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

	/** Like {@link #join(List, int)}, each item's text computed only when it is shown. */
	public static <T> String join(Collection<T> items, Function<? super T, String> text, int shown) {
		Builder builder = new Builder(shown);
		items.forEach(item -> builder.add(() -> text.apply(item)));
		return builder.toString();
	}

	/** Names of elements like {@link #join(List, int)}: "A, B, C and 4 more" (or "A, B" when there are few). */
	public static String names(Collection<? extends Element> elements, int shown) {
		return join(elements, Element::getName, shown);
	}

	/**
	 * Every item, the last after "and": "a, b and c" (or "a", or ""). For lists a design keeps short by nature, such
	 * as the connections of one device; other lists use {@link #join(List)}.
	 */
	public static String joinAll(List<String> items) {
		if (items.size() <= 1) {
			return String.join("", items);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
	}

	/** Names of elements like {@link #joinAll}: "A, B and C". */
	public static String allNames(Iterable<? extends Element> elements) {
		List<String> names = new ArrayList<>();
		elements.forEach(e -> names.add(e.getName()));
		return joinAll(names);
	}

	/** Like {@link #joinAll} up to {@code shown} items ("a, b and c"); more are cut: "a, b, c and 7 more". */
	public static String sample(List<String> items, int shown) {
		return items.size() <= shown ? joinAll(items) : join(items, shown);
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
