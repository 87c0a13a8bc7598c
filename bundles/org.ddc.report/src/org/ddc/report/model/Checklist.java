package org.ddc.report.model;

import java.util.List;

/**
 * Questions people answer, not ddc: the guide's business-validation questions.
 *
 * @param title the checklist's heading
 * @param items the questions in the guide's order
 */
public record Checklist(String title, List<Item> items) implements Block {
	public Checklist {
		items = List.copyOf(items);
	}

	/**
	 * @param question the question, as the guide asks it
	 * @param source   where the guide asks it ("Dynamic Datacenter guide, Step 1, Task 1 (L103–106)")
	 */
	public record Item(String question, String source) {
	}
}
