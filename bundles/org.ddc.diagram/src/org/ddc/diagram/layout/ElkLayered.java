package org.ddc.diagram.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.eclipse.elk.graph.ElkConnectableShape;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;

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
	 * together with their parents (edges may cross group borders), the given spacing between nodes. Pieces of the
	 * graph that no edge connects are laid out one by one and packed in rows (ELK does not separate them when edges
	 * cross hierarchy levels, and would stack them in one column), in the order of their first node.
	 */
	public static void layout(ElkNode root, Direction direction, double nodeSpacing, double layerSpacing) {
		register();
		List<List<ElkNode>> components = components(root);
		if (components.size() <= 1) {
			layoutOne(root, direction, nodeSpacing, layerSpacing);
			return;
		}
		List<ElkNode> parts = new ArrayList<>();
		for (List<ElkNode> component : components) {
			ElkNode part = ElkGraphUtil.createGraph();
			for (ElkNode node : component) {
				node.setParent(part);
			}
			for (ElkEdge edge : List.copyOf(root.getContainedEdges())) {
				if (component.contains(topLevel(edge.getSources().get(0), part))) {
					edge.setContainingNode(part);
				}
			}
			layoutOne(part, direction, nodeSpacing, layerSpacing);
			parts.add(part);
		}
		Packing packing = pack(parts, rowWidth(parts, layerSpacing), layerSpacing);
		for (int i = 0; i < parts.size(); i++) {
			moveBack(parts.get(i), root, packing.at().get(i).x(), packing.at().get(i).y());
		}
		root.setDimensions(packing.width(), packing.height());
	}

	/** Width to height of a packed drawing: a little wider than tall, like a screen or a landscape page. */
	private static final double ASPECT_RATIO = 1.6;

	/**
	 * The row width that packs the parts (in order, left to right, then the next row) closest to
	 * {@link #ASPECT_RATIO}: each count of parts in the first row is tried.
	 */
	private static double rowWidth(List<ElkNode> parts, double spacing) {
		double widest = parts.stream().mapToDouble(ElkNode::getWidth).max().orElse(0);
		double best = widest;
		double bestError = Double.MAX_VALUE;
		double first = -spacing;
		for (ElkNode part : parts) {
			first += part.getWidth() + spacing;
			double candidate = Math.max(widest, first);
			Packing packing = pack(parts, candidate, spacing);
			double error = Math.abs(Math.log(packing.width() / packing.height() / ASPECT_RATIO));
			if (error < bestError) {
				best = candidate;
				bestError = error;
			}
		}
		return best;
	}

	/** Parts packed in rows: where each goes, and the size of the whole. */
	private record Packing(double width, double height, List<Point> at) {
	}

	/** The parts packed in order in rows of at most {@code rowWidth}. */
	private static Packing pack(List<ElkNode> parts, double rowWidth, double spacing) {
		List<Point> at = new ArrayList<>();
		double x = 0;
		double y = 0;
		double rowHeight = 0;
		double width = 0;
		for (ElkNode part : parts) {
			if (x > 0 && x + part.getWidth() > rowWidth) {
				x = 0;
				y += rowHeight + spacing;
				rowHeight = 0;
			}
			at.add(new Point(x, y));
			width = Math.max(width, x + part.getWidth());
			rowHeight = Math.max(rowHeight, part.getHeight());
			x += part.getWidth() + spacing;
		}
		return new Packing(Math.max(width, 1), Math.max(y + rowHeight, 1), at);
	}

	private static void layoutOne(ElkNode root, Direction direction, double nodeSpacing, double layerSpacing) {
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

	/** The root's children grouped by the edges between them (anywhere below), in the order of their first child. */
	private static List<List<ElkNode>> components(ElkNode root) {
		Map<ElkNode, ElkNode> parent = new LinkedHashMap<>();
		for (ElkNode child : root.getChildren()) {
			parent.put(child, child);
		}
		List<ElkNode> nodes = new ArrayList<>();
		nodes.add(root);
		for (int i = 0; i < nodes.size(); i++) {
			ElkNode node = nodes.get(i);
			nodes.addAll(node.getChildren());
			for (ElkEdge edge : node.getContainedEdges()) {
				for (ElkConnectableShape source : edge.getSources()) {
					for (ElkConnectableShape target : edge.getTargets()) {
						ElkNode a = topLevel(source, root);
						ElkNode b = topLevel(target, root);
						if (a != null && b != null) {
							parent.put(find(parent, a), find(parent, b));
						}
					}
				}
			}
		}
		Map<ElkNode, List<ElkNode>> groups = new LinkedHashMap<>();
		for (ElkNode child : root.getChildren()) {
			groups.computeIfAbsent(find(parent, child), c -> new ArrayList<>()).add(child);
		}
		return new ArrayList<>(groups.values());
	}

	private static ElkNode find(Map<ElkNode, ElkNode> parent, ElkNode node) {
		ElkNode at = node;
		while (parent.get(at) != at) {
			at = parent.get(at);
		}
		parent.put(node, at);
		return at;
	}

	/** The child of {@code root} that holds the shape (a node or a port), or null. */
	private static ElkNode topLevel(ElkConnectableShape shape, ElkNode root) {
		ElkNode node = shape instanceof ElkPort port ? port.getParent() : (ElkNode) shape;
		while (node != null && node.getParent() != root) {
			node = node.getParent();
		}
		return node;
	}

	/** Moves a laid-out part's nodes and edges back into the root, shifted by (dx, dy). */
	private static void moveBack(ElkNode part, ElkNode root, double dx, double dy) {
		for (ElkNode node : List.copyOf(part.getChildren())) {
			node.setLocation(node.getX() + dx, node.getY() + dy);
			node.setParent(root);
		}
		for (ElkEdge edge : List.copyOf(part.getContainedEdges())) {
			for (ElkEdgeSection section : edge.getSections()) {
				section.setStartLocation(section.getStartX() + dx, section.getStartY() + dy);
				section.setEndLocation(section.getEndX() + dx, section.getEndY() + dy);
				for (ElkBendPoint bend : section.getBendPoints()) {
					bend.set(bend.getX() + dx, bend.getY() + dy);
				}
			}
			for (ElkLabel label : edge.getLabels()) {
				label.setLocation(label.getX() + dx, label.getY() + dy);
			}
			edge.setContainingNode(root);
		}
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
