package org.ddc.ui.outline;

import java.util.List;

import org.eclipse.emf.ecore.EClass;

/**
 * One named element of a file in the outline, copied out of the model: its kind, name, the range of the name and
 * of the whole element, and its named children. Two nodes are the same outline entry when their {@link #id()}s
 * are equal (kind and names from the top), whatever their ranges: the tree keeps its expansion across edits.
 */
public record OutlineNode(String id, EClass type, String kind, String name, int nameOffset, int nameLength,
		int offset, int length, List<OutlineNode> children) {

	public boolean contains(int position) {
		return offset <= position && position <= offset + length;
	}
}
