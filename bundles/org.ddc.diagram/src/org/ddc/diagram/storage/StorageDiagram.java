package org.ddc.diagram.storage;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ddc.diagram.DiagramBuilder;
import org.ddc.diagram.DiagramInput;
import org.ddc.diagram.DiagramKind;
import org.ddc.diagram.layout.ElkLayered;
import org.ddc.diagram.model.Box;
import org.ddc.diagram.model.Diagram;
import org.ddc.diagram.model.Edge;
import org.ddc.diagram.model.Label;
import org.ddc.diagram.model.LegendEntry;
import org.ddc.diagram.model.Point;
import org.ddc.diagram.model.Role;
import org.ddc.diagram.model.Shape;
import org.ddc.diagram.overlay.Sources;
import org.ddc.diagram.storage.StorageGraph.Node;
import org.ddc.diagram.storage.StorageGraph.Path;
import org.ddc.diagram.storage.StorageGraph.Text;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.graph.ElkLabel;

/**
 * The storage paths of a design (issue 9): host designs with their HBAs and iSCSI adapters on the left, storage
 * switches in the middle, storage systems with their storage processors on the right, laid out by ELK layered from
 * left to right with orthogonal edges. Fabric A and B differ in colour and dash, so a host design with a single path
 * shows one line where the others show two, and its box names the paths it has to each SAN (in red below two).
 * Findings, single points of failure and a what-if are marked by the overlays.
 */
public final class StorageDiagram implements DiagramBuilder {

	private static final double NODE_SPACING = 18;
	private static final double LAYER_SPACING = 70;

	@Override
	public DiagramKind kind() {
		return DiagramKind.STORAGE;
	}

	@Override
	public Diagram build(DiagramInput input) {
		String title = DiagramKind.STORAGE.title() + " — " + input.name();
		StorageGraph graph = StorageGraph.of(input);
		List<String> notes = new ArrayList<>(graph.notes);
		notes.addAll(input.overlays().whatIfNotes());
		if (graph.isEmpty()) {
			notes.add(0, "The design declares no storage system, storage switch, HBA or iSCSI adapter: nothing to draw.");
			return new Diagram(DiagramKind.STORAGE, title, 448, 0, List.of(), List.of(), notes);
		}
		// keep the design's order where crossings allow: fabric A above fabric B, host designs as written
		graph.root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
		ElkLayered.layout(graph.root, Direction.RIGHT, NODE_SPACING, LAYER_SPACING);
		List<Shape> shapes = new ArrayList<>();
		for (Node node : graph.nodes) {
			shapes.addAll(shapes(node, input.sources()));
		}
		List<Label> labels = new ArrayList<>();
		Set<PathKind> kinds = EnumSet.noneOf(PathKind.class);
		for (Path path : graph.paths) {
			List<Point> route = ElkLayered.route(path.elk());
			if (route.size() < 2) {
				continue;
			}
			kinds.add(path.kind());
			shapes.add(new Edge(path.id(), route, path.kind().colour(), 2, path.kind().dashed(), path.tooltip(),
					path.mark()));
			if (path.label() != null) {
				labels.add(label(path));
			}
		}
		shapes.addAll(labels);
		return new Diagram(DiagramKind.STORAGE, title, graph.root.getWidth(), graph.root.getHeight(), shapes,
				legend(graph.roles, kinds), notes);
	}

	/** A node's box, and for a container the lines of its header. */
	private static List<Shape> shapes(Node node, Sources sources) {
		Point at = ElkLayered.absolute(node.elk());
		List<Shape> shapes = new ArrayList<>();
		shapes.add(new Box(node.id(), node.role(), at.x(), at.y(), node.elk().getWidth(), node.elk().getHeight(),
				node.lines(), node.tooltip(), node.mark(), sources.of(node.element())));
		double baseline = at.y() + 8 + StorageGraph.TEXT;
		for (Text text : node.header()) {
			shapes.add(new Label(at.x() + 8, baseline, text.text(), StorageGraph.TEXT, Label.Anchor.START, text.bold(),
					text.colour()));
			baseline += StorageGraph.HEADER_LINE;
		}
		return shapes;
	}

	/** An edge's label where ELK placed it (relative to the edge's containing node). */
	private static Label label(Path path) {
		ElkLabel label = path.label();
		Point offset = path.elk().getContainingNode() == null ? new Point(0, 0)
				: ElkLayered.absolute(path.elk().getContainingNode());
		return new Label(offset.x() + label.getX() + 2, offset.y() + label.getY() + StorageGraph.LABEL_SIZE,
				label.getText(), StorageGraph.LABEL_SIZE, Label.Anchor.START, false, path.kind().colour());
	}

	private static List<LegendEntry> legend(Set<Role> roles, Set<PathKind> kinds) {
		Set<LegendEntry> legend = new LinkedHashSet<>();
		for (Role role : roles) {
			legend.add(switch (role) {
			case HOST -> new LegendEntry("host design (one box for all its hosts)", role.fill(), LegendEntry.Kind.FILL);
			case ADAPTER -> new LegendEntry("HBA or iSCSI adapter (in every host)", role.fill(), LegendEntry.Kind.FILL);
			case SWITCH -> new LegendEntry("network switch carrying iSCSI", role.fill(), LegendEntry.Kind.FILL);
			default -> LegendEntry.of(role);
			});
		}
		for (PathKind kind : kinds) {
			legend.add(kind.legend());
		}
		return List.copyOf(legend);
	}
}
