package org.ddc.diagram;

import java.util.Collection;
import java.util.List;

import org.ddc.analysis.DesignAnalysis;
import org.ddc.analysis.failure.Component;
import org.ddc.diagram.overlay.Overlays;
import org.ddc.diagram.overlay.Sources;
import org.ddc.dsl.load.LoadedDesign;
import org.ddc.dsl.validation.Finding;

/**
 * What every diagram is drawn from: the loaded design, its findings, its analysis (computed once, shared with the
 * rules and the report), the overlays and where elements are written.
 *
 * @param name     the design's name for titles ("Contoso")
 * @param design   the loaded design
 * @param analysis its analysis
 * @param overlays its findings, single points of failure and what-if, by element
 * @param sources  where its elements are written
 */
public record DiagramInput(String name, LoadedDesign design, DesignAnalysis analysis, Overlays overlays,
		Sources sources) {

	/** The input for a design, with a what-if of the {@code failed} components (empty: none). */
	public static DiagramInput of(String name, LoadedDesign design, List<Finding> findings, DesignAnalysis analysis,
			Collection<Component> failed) {
		return new DiagramInput(name, design, analysis, Overlays.of(design, findings, analysis, failed),
				new Sources(design));
	}
}
