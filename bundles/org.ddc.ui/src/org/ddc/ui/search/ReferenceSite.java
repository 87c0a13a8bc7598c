package org.ddc.ui.search;

import org.eclipse.core.resources.IFile;

/** A line of a design file that refers to the searched element: one entry of the Search view. */
public record ReferenceSite(IFile file, int line, String lineText) {
	/** "net.ddc:12: switches SW-1, SW-2". */
	public String label() {
		return file.getName() + ":" + line + ": " + lineText;
	}
}
