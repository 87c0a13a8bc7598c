package org.ddc.ui.navigation;

import java.nio.file.Path;

/**
 * Where a named element is declared, copied out of the model: its kind ("switch"), name, the name of the element
 * that contains it (for nested elements such as adapters, else null), the file, the range of the declared name,
 * its 1-based line and the range of the whole element.
 */
public record Declaration(String kind, String name, String parentName, Path file, int nameOffset, int nameLength,
		int line, int offset, int length) {

	/** "switch SW-1" or "network adapter mgmt (in HD-WEB)". */
	public String title() {
		return kind + " " + name + (parentName != null ? " (in " + parentName + ")" : "");
	}

	/** "net.ddc:12". */
	public String location() {
		return file.getFileName() + ":" + line;
	}
}
