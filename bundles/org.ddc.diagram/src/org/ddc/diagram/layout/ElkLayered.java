package org.ddc.diagram.layout;

import java.util.ArrayList;
import java.util.List;

import org.ddc.diagram.model.Point;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;

/**
 * The Eclipse Layout Kernel's layered algorithm with orthogonal edges, for the network and storage diagrams, and the
 * reading of its results in absolute diagram coordinates. Works on a plain classpath and under OSGi alike: the
 * algorithm is registered here, not found through {@code ServiceLoader} (which OSGi bundles do not share).
 */
public final class ElkLayered {

	private static boolean registered;

	private ElkLayered() {
	}

	private static synchronized void register() {
		if (!registered) {
			LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredOptions());
			registered = true;
		}
	}

	/**
	 * Lays the graph out in place: layered, flowing in {@code direction}, orthogonal edges, nested nodes laid out
	 * together with their parents (edges may cross group borders), the given spacing between nodes.
	 */
	public static void layout(ElkNode root, Direction direction, double nodeSpacing, double layerSpacing) {
		register();
		root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		root.setProperty(CoreOptions.DIRECTION, direction);
		root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
		root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
		root.setProperty(CoreOptions.SPACING_NODE_NODE, nodeSpacing);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, layerSpacing);
		root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, layerSpacing / 3);
		root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 6.0);
		root.setProperty(CoreOptions.SPACING_EDGE_NODE, 10.0);
		root.setProperty(CoreOptions.SPACING_EDGE_EDGE, 6.0);
		root.setProperty(LayeredOptions.RANDOM_SEED, 1);
		new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
	}

	/** The node's top left corner in the root's coordinates. */
	public static Point absolute(ElkNode node) {
		double x = 0;
		double y = 0;
		for (ElkNode n = node; n != null && n.getParent() != null; n = n.getParent()) {
			x += n.getX();
			y += n.getY();
		}
		return new Point(x, y);
	}

	/** The edge's route in the root's coordinates: start, bend points, end (of its first section). */
	public static List<Point> route(ElkEdge edge) {
		List<Point> points = new ArrayList<>();
		if (edge.getSections().isEmpty()) {
			return points;
		}
		ElkNode container = edge.getContainingNode();
		Point offset = container == null ? new Point(0, 0) : absolute(container);
		ElkEdgeSection section = edge.getSections().get(0);
		points.add(new Point(offset.x() + section.getStartX(), offset.y() + section.getStartY()));
		for (ElkBendPoint bend : section.getBendPoints()) {
			points.add(new Point(offset.x() + bend.getX(), offset.y() + bend.getY()));
		}
		points.add(new Point(offset.x() + section.getEndX(), offset.y() + section.getEndY()));
		return points;
	}
}
