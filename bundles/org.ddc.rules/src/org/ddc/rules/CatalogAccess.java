package org.ddc.rules;

import java.util.List;

/** Reads the catalog data files for other packages of this bundle. */
public final class CatalogAccess {
	private CatalogAccess() {
	}

	public static List<String[]> read(String name) {
		return Catalog.read(name);
	}
}
