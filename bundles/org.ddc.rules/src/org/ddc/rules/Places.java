package org.ddc.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a cited line is, named so that a reader finds it in the document: "Dynamic Datacenter guide, Step 2, Task 3".
 * Cited data: the documents by seed ({@code catalog/documents.tsv}) and their named line ranges
 * ({@code catalog/places.tsv}); a line's place is the narrowest range that holds it.
 */
public final class Places {

	/** A cited document: its short name for messages and its own title. */
	public record Document(String seed, String name, String title) {
	}

	/** A named range of lines of one document, e.g. lines 169–191 of seed 000 are "Step 2, Task 3". */
	public record Place(String seed, int from, int to, String name, String title) {

		boolean holds(String seed, int line) {
			return this.seed.equals(seed) && from <= line && line <= to;
		}
	}

	private static Places instance;

	private final Map<String, Document> documents;
	private final List<Place> places;

	private Places(Map<String, Document> documents, List<Place> places) {
		this.documents = Collections.unmodifiableMap(documents);
		this.places = List.copyOf(places);
	}

	/** The places shipped with this bundle (loaded once). */
	public static synchronized Places load() {
		if (instance == null) {
			Map<String, Document> documents = new LinkedHashMap<>();
			for (String[] row : Catalog.read("documents.tsv")) {
				documents.put(row[0], new Document(row[0], row[1], row[2]));
			}
			List<Place> places = new ArrayList<>();
			for (String[] row : Catalog.read("places.tsv")) {
				places.add(new Place(row[0], Integer.parseInt(row[1]), Integer.parseInt(row[2]), row[3], row[4]));
			}
			instance = new Places(documents, places);
		}
		return instance;
	}

	/** The document of a seed, or null when the catalog names none. */
	public Document document(String seed) {
		return documents.get(seed);
	}

	/** The narrowest named range holding the line, or null. */
	public Place at(String seed, int line) {
		Place best = null;
		for (Place place : places) {
			if (place.holds(seed, line) && (best == null || place.to() - place.from() < best.to() - best.from())) {
				best = place;
			}
		}
		return best;
	}

	/** Every named range, in file order. */
	public List<Place> all() {
		return places;
	}

	/**
	 * "Dynamic Datacenter guide, Step 2, Task 3": the document's short name and the place of the line; the document
	 * alone when no range holds the line; "seed 003" for a document the catalog does not name.
	 */
	public String name(String seed, int line) {
		Document document = documents.get(seed);
		Place place = at(seed, line);
		String name = document == null ? "seed " + seed : document.name();
		return place == null ? name : name + ", " + place.name();
	}

	/**
	 * {@link #name} with the place's title where it adds to the name: "Dynamic Datacenter guide, Step 5, Task 1: Design
	 * Network Switches".
	 */
	public String titled(String seed, int line) {
		Place place = at(seed, line);
		String name = name(seed, line);
		return place == null || place.name().endsWith(place.title()) ? name : name + ": " + place.title();
	}

	/** "Windows Server 2012 R2 virtualization overview, Network Quality of Service (QoS), seed 001 L790", for messages. */
	public static String cite(String seed, int line) {
		return load().name(seed, line) + ", seed " + seed + " L" + line;
	}
}
