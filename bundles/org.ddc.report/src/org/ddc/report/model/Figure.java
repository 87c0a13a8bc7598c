package org.ddc.report.model;

/**
 * A drawing: one of ddc's diagrams as a standalone SVG document, written by ddc's own SVG writer (every text in it
 * escaped already).
 *
 * @param id    a short, file-name safe id, unique in the report ("rack", "network", "storage")
 * @param title its caption
 * @param svg   the SVG document
 */
public record Figure(String id, String title, String svg) implements Block {

	/** Where the Markdown report keeps the SVG file, next to report.md. */
	public String file() {
		return "diagrams/" + id + ".svg";
	}
}
