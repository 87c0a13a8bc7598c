package org.ddc.report.model;

import java.util.List;

/**
 * A titled part of a report: one per job-aid table, one per analysis topic.
 *
 * @param id     a short, file-name and anchor safe id, unique in the report ("a-1", "sizing", "failures")
 * @param title  the heading ("Table A-1. Resource Requirements")
 * @param blocks the content in order
 */
public record Section(String id, String title, List<Block> blocks) {
	public Section {
		blocks = List.copyOf(blocks);
	}
}
