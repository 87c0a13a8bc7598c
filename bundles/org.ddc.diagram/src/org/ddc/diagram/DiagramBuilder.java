package org.ddc.diagram;

import org.ddc.diagram.model.Diagram;

/** Draws one kind of diagram of a design. */
public interface DiagramBuilder {

	/** The kind it draws. */
	DiagramKind kind();

	/** The diagram of the design, laid out; a design without anything to draw gets a diagram that says so. */
	Diagram build(DiagramInput input);
}
