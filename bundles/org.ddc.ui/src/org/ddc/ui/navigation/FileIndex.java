package org.ddc.ui.navigation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ddc.ui.outline.OutlineNode;

/**
 * What the navigation features need to know about one file, computed off the UI thread after each reconcile and
 * then read on the UI thread without touching the model: every name written in the file (declaration or
 * reference) and the element it stands for, the file's outline and its folding regions. It describes the document
 * as it was at {@link #stamp()}; {@link EditorIndex#current()} hands it out only while the document is unchanged.
 */
public final class FileIndex {
	/** A name written in the file: the declaration of a symbol or a reference to it. */
	public record Occurrence(int offset, int length, int symbol, boolean declaration) {
		public boolean contains(int position) {
			return offset <= position && position <= offset + length;
		}
	}

	private final Path file;
	private final long stamp;
	private final List<Occurrence> occurrences;
	private final List<Declaration> symbols;
	private final List<OutlineNode> outline;
	private final List<TextRange> folds;
	private final Map<Integer, List<Occurrence>> bySymbol = new HashMap<>();

	FileIndex(Path file, long stamp, List<Occurrence> occurrences, List<Declaration> symbols,
			List<OutlineNode> outline, List<TextRange> folds) {
		this.file = file;
		this.stamp = stamp;
		this.occurrences = List.copyOf(occurrences);
		this.symbols = List.copyOf(symbols);
		this.outline = List.copyOf(outline);
		this.folds = List.copyOf(folds);
		for (Occurrence occurrence : this.occurrences) {
			bySymbol.computeIfAbsent(occurrence.symbol(), s -> new ArrayList<>()).add(occurrence);
		}
	}

	public Path file() {
		return file;
	}

	/** The document's modification stamp the index describes. */
	public long stamp() {
		return stamp;
	}

	/** Every name written in the file, by offset. */
	public List<Occurrence> occurrences() {
		return occurrences;
	}

	/** The name written at a position (a caret at either end counts), or null. */
	public Occurrence at(int position) {
		int low = 0;
		int high = occurrences.size() - 1;
		Occurrence found = null;
		while (low <= high) {
			int middle = (low + high) >>> 1;
			Occurrence candidate = occurrences.get(middle);
			if (candidate.offset() <= position) {
				found = candidate;
				low = middle + 1;
			} else {
				high = middle - 1;
			}
		}
		return found != null && found.contains(position) ? found : null;
	}

	/** The declaration and references of a symbol in this file. */
	public List<Occurrence> occurrencesOf(int symbol) {
		return bySymbol.getOrDefault(symbol, List.of());
	}

	/** Where a symbol is declared (in this file or another of the design). */
	public Declaration declaration(int symbol) {
		return symbol >= 0 && symbol < symbols.size() ? symbols.get(symbol) : null;
	}

	/** The named top-level elements of the file with their named children. */
	public List<OutlineNode> outline() {
		return outline;
	}

	/** Whole-line regions of multi-line elements and comment blocks. */
	public List<TextRange> folds() {
		return folds;
	}
}
