package org.ddc.ui.navigation;

/** A range of a file's text, with the 1-based line it starts on. */
public record TextRange(int offset, int length, int line) {
	public int end() {
		return offset + length;
	}

	public boolean contains(int position) {
		return offset <= position && position <= offset + length;
	}
}
