package org.ddc.ui.outline;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreePath;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;

/**
 * The tree of {@link OutlineNode}s for the outline page and the quick outline: the input is the list of top-level
 * nodes (or a supplier of it, for a tree that refreshes); nodes are compared by id so a refreshed tree keeps its expansion and selection.
 */
public final class OutlineContent implements ITreeContentProvider {
	/** Compares outline nodes by id (kind and names), not by their text ranges. */
	public static final IElementComparer BY_ID = new IElementComparer() {
		@Override
		public boolean equals(Object a, Object b) {
			return a instanceof OutlineNode x && b instanceof OutlineNode y ? x.id().equals(y.id()) : a == b;
		}

		@Override
		public int hashCode(Object element) {
			return element instanceof OutlineNode node ? node.id().hashCode() : System.identityHashCode(element);
		}
	};

	/** Sorts by name, ignoring case. */
	public static final ViewerComparator BY_NAME = new ViewerComparator() {
		@Override
		public int compare(Viewer viewer, Object a, Object b) {
			return a instanceof OutlineNode x && b instanceof OutlineNode y
					? String.CASE_INSENSITIVE_ORDER.compare(x.name(), y.name())
					: 0;
		}
	};

	@Override
	public Object[] getElements(Object input) {
		if (input instanceof Supplier<?> supplier) {
			input = supplier.get();
		}
		return input instanceof List<?> nodes ? nodes.toArray() : new Object[0];
	}

	@Override
	public Object[] getChildren(Object element) {
		return element instanceof OutlineNode node ? node.children().toArray() : new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof OutlineNode node && !node.children().isEmpty();
	}

	/** The path to the innermost node that contains a position, or null. */
	public static TreePath pathAt(List<OutlineNode> nodes, int position) {
		TreePath path = null;
		List<OutlineNode> level = nodes;
		boolean deeper = true;
		while (deeper) {
			deeper = false;
			for (OutlineNode node : level) {
				if (node.contains(position)) {
					path = path == null ? new TreePath(new Object[] { node }) : path.createChildPath(node);
					level = node.children();
					deeper = true;
					break;
				}
			}
		}
		return path;
	}
}
