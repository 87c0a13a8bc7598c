package org.ddc.report.model;

import java.util.List;

/**
 * A report of one design: its sections in reading order.
 *
 * @param title       the report's title ("contoso — Dynamic Datacenter design")
 * @param designName  the design's name, or the folder's when it has no design header
 * @param sourceFiles the design's files as the user named them (display paths), in load order
 * @param sections    the sections in reading order; their ids are unique
 */
public record Report(String title, String designName, List<String> sourceFiles, List<Section> sections) {
	public Report {
		sourceFiles = List.copyOf(sourceFiles);
		sections = List.copyOf(sections);
	}

	/** Every table of the report, in reading order (one CSV file or XLSX sheet each). */
	public List<Table> tables() {
		return sections.stream().flatMap(s -> s.blocks().stream()).filter(Table.class::isInstance)
				.map(Table.class::cast).toList();
	}

	/** Every figure (diagram) of the report, in reading order. */
	public List<Figure> figures() {
		return sections.stream().flatMap(s -> s.blocks().stream()).filter(Figure.class::isInstance)
				.map(Figure.class::cast).toList();
	}
}
