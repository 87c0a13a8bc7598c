package org.ddc.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.ddc.diagram.model.Diagram;
import org.ddc.diagram.network.NetworkDiagram;

/** Every diagram ddc draws, one builder per kind: what the command line, the report and the Eclipse view call. */
public final class Diagrams {

	private static final Map<DiagramKind, DiagramBuilder> BUILDERS = new EnumMap<>(DiagramKind.class);

	static {
		for (DiagramBuilder builder : List.<DiagramBuilder>of(new org.ddc.diagram.rack.RackDiagram(),
				new NetworkDiagram(), new org.ddc.diagram.storage.StorageDiagram())) {
			BUILDERS.put(builder.kind(), builder);
		}
	}

	private Diagrams() {
	}

	/** The kinds that can be drawn, in order. */
	public static List<DiagramKind> kinds() {
		return List.copyOf(BUILDERS.keySet());
	}

	/** The diagrams of the given kinds (in {@link DiagramKind} order). */
	public static List<Diagram> build(DiagramInput input, Collection<DiagramKind> kinds) {
		List<Diagram> diagrams = new ArrayList<>();
		for (Map.Entry<DiagramKind, DiagramBuilder> builder : BUILDERS.entrySet()) {
			if (kinds.contains(builder.getKey())) {
				diagrams.add(builder.getValue().build(input));
			}
		}
		return diagrams;
	}
}
