package org.ddc.report.write;

import java.util.IdentityHashMap;
import java.util.Map;

import org.ddc.report.model.Block;
import org.ddc.report.model.Report;
import org.ddc.report.model.Section;
import org.ddc.report.model.Table;

/**
 * The link targets of a report's sections and tables, the same in the table of contents and at the headings:
 * sections by their id ("a-1"), tables as "table-" and their id ("table-A-1"), made safe and unique.
 */
final class Anchors {
	private final Map<Object, String> anchors = new IdentityHashMap<>();

	Anchors(Report report) {
		Names names = new Names("section");
		for (Section section : report.sections()) {
			anchors.put(section, names.of(section.id()));
		}
		for (Section section : report.sections()) {
			for (Block block : section.blocks()) {
				if (block instanceof Table table) {
					anchors.put(table, names.of("table-" + table.id()));
				}
			}
		}
	}

	String of(Section section) {
		return anchors.get(section);
	}

	String of(Table table) {
		return anchors.get(table);
	}
}
