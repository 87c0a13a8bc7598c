package org.ddc.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ddc.diagram.layout.ElkLayered;
import org.ddc.diagram.model.Point;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.junit.jupiter.api.Test;

/** ELK under OSGi (this test runs in an OSGi runtime; the launcher smoke test runs it on a plain classpath). */
class ElkLayeredTest {

	@Test
	void layered_putsConnectedNodesInLayers_withOrthogonalEdges() {
		ElkNode root = ElkGraphUtil.createGraph();
		ElkNode host = node(root, "host");
		ElkNode group = node(root, "pair");
		ElkNode a = node(group, "SW-A");
		ElkNode b = node(group, "SW-B");
		ElkEdge toA = ElkGraphUtil.createSimpleEdge(host, a);
		ElkEdge toB = ElkGraphUtil.createSimpleEdge(host, b);
		ElkLayered.layout(root, Direction.DOWN, 20, 40);

		Point hostAt = ElkLayered.absolute(host);
		Point aAt = ElkLayered.absolute(a);
		Point bAt = ElkLayered.absolute(b);
		assertTrue(aAt.y() >= hostAt.y() + host.getHeight() + 40 - 0.5, "switches one layer below the host: " + aAt);
		assertEquals(aAt.y(), bAt.y(), 0.5, "both switches in one layer");
		assertTrue(Math.abs(aAt.x() - bAt.x()) >= a.getWidth(), "switches side by side, not on top of each other");
		for (ElkEdge edge : List.of(toA, toB)) {
			List<Point> route = ElkLayered.route(edge);
			assertTrue(route.size() >= 2, "routed");
			for (int i = 1; i < route.size(); i++) {
				Point p = route.get(i - 1);
				Point q = route.get(i);
				assertTrue(Math.abs(p.x() - q.x()) < 0.5 || Math.abs(p.y() - q.y()) < 0.5,
						"orthogonal segment " + p + " → " + q);
			}
			Point end = route.get(route.size() - 1);
			ElkNode target = (ElkNode) edge.getTargets().get(0);
			Point targetAt = ElkLayered.absolute(target);
			assertEquals(targetAt.y(), end.y(), 0.5, "ends on the switch's top side");
		}
	}

	@Test
	void unconnectedPieces_arePackedInRows_notStackedInOneColumn() {
		ElkNode root = ElkGraphUtil.createGraph();
		List<ElkNode> hosts = new java.util.ArrayList<>();
		List<ElkNode> switches = new java.util.ArrayList<>();
		for (int i = 0; i < 9; i++) {
			ElkNode group = node(root, "group-" + i);
			ElkNode host = node(group, "host-" + i);
			ElkNode pair = node(root, "pair-" + i);
			ElkNode sw = node(pair, "switch-" + i);
			ElkGraphUtil.createSimpleEdge(host, sw);
			hosts.add(host);
			switches.add(sw);
		}
		ElkLayered.layout(root, Direction.RIGHT, 20, 40);
		// nine pieces of about 300 × 100: about three per row, never one column of nine
		double top = hosts.stream().mapToDouble(h -> ElkLayered.absolute(h).y()).min().orElseThrow();
		long inFirstRow = hosts.stream().filter(h -> Math.abs(ElkLayered.absolute(h).y() - top) < 1).count();
		assertTrue(inFirstRow >= 2 && inFirstRow <= 5, "pieces per row: " + inFirstRow);
		assertTrue(root.getWidth() >= root.getHeight() / 2, root.getWidth() + " × " + root.getHeight());
		for (int i = 0; i < 9; i++) {
			Point host = ElkLayered.absolute(hosts.get(i));
			Point sw = ElkLayered.absolute(switches.get(i));
			assertEquals(host.y(), sw.y(), 0.5, "a piece keeps its own layout: host and switch side by side");
			assertTrue(sw.x() > host.x() + 100, "the switch right of its host");
			List<Point> route = ElkLayered.route(hosts.get(i).getOutgoingEdges().get(0));
			assertEquals(host.x() + 100, route.get(0).x(), 0.5, "the edge starts at its host, wherever it was moved");
			assertEquals(sw.x(), route.get(route.size() - 1).x(), 0.5, "and ends at its switch");
		}
	}

	private static ElkNode node(ElkNode parent, String name) {
		ElkNode node = ElkGraphUtil.createNode(parent);
		node.setIdentifier(name);
		node.setDimensions(100, 40);
		return node;
	}
}
