package org.ddc.diagram.model;

/**
 * Where an element of a diagram is written: for tooltips, and for the Eclipse view to select it in the editor.
 *
 * @param file    the file as messages show it (relative to the design)
 * @param uri     the file's URI as the resource set knows it ({@code file:/…}, or {@code platform:/resource/…} in
 *                Eclipse)
 * @param offset  the element's first character in the file
 * @param length  the element's length in characters
 * @param line    the element's first line, from 1
 * @param element the element's name
 */
public record Source(String file, String uri, int offset, int length, int line, String element) {

	/** {@code file:line}. */
	public String describe() {
		return file + ":" + line;
	}
}
